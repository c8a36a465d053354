// A build step for the CDN files: Leaflet 1.9 writes strings into innerHTML (a feature test at
// load, its zoom buttons, its attribution line), which a page enforcing Trusted Types refuses, so
// the map would not load there. Each of those writes is routed through our named policy
// (src/core/trusted-types.ts). The strings are Leaflet's own or ours (the attribution is escaped),
// never the data's. The npm build leaves Leaflet to the app's bundler (see README, "Trusted Types").
import { fileURLToPath } from 'node:url';

const policyModule = fileURLToPath(new URL('../src/core/trusted-types.ts', import.meta.url));
// Leaflet's own ES modules (src/core/map/leaflet.ts imports them) or its one-file build.
const LEAFLET = /[\\/]leaflet[\\/](?:dist[\\/]leaflet-src\.esm|src[\\/].+)\.js$/;
const SINK = /\.innerHTML = (.+?);?(?=\r?$)/gm;

export function leafletTrustedTypes() {
  return {
    name: 'carif-leaflet-trusted-types',
    transform(code, id) {
      if (!LEAFLET.test(id.split('?')[0])) return null;
      // Every innerHTML write of the module is rewritten, or the build stops: a Leaflet update
      // that writes them differently must be looked at again here.
      const writes = (code.replace(/\/\*[\s\S]*?\*\//g, '').match(/\.innerHTML\s*=/g) ?? []).length;
      if (!writes) return null;
      let count = 0;
      const out = code.replace(SINK, (m, value, offset) => {
        if (/^\s*\*/.test(code.slice(code.lastIndexOf('\n', offset) + 1, offset))) return m; // a comment line
        count += 1;
        return `.innerHTML = __carifTrustedHTML(${value});`;
      });
      if (count !== writes) this.error(`${id}: ${writes} innerHTML writes, ${count} routed through the Trusted Types policy: check scripts/leaflet-trusted-types.mjs against this Leaflet version.`);
      return { code: `import { trustedHTML as __carifTrustedHTML } from ${JSON.stringify(policyModule)};\n${out}`, map: null };
    },
  };
}
