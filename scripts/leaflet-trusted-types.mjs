// A build step for the CDN files: Leaflet 1.9 writes strings into innerHTML (a feature test at
// load, its zoom buttons, its attribution line), which a page enforcing Trusted Types refuses, so
// the map would not load there. Each of those writes is routed through our named policy
// (src/core/trusted-types.ts). The strings are Leaflet's own or ours (the attribution is escaped),
// never the data's. The npm build leaves Leaflet to the app's bundler (see README, "Trusted Types").
import { fileURLToPath } from 'node:url';

const policyModule = fileURLToPath(new URL('../src/core/trusted-types.ts', import.meta.url));
const LEAFLET = /[\\/]leaflet[\\/]dist[\\/]leaflet-src\.esm\.js$/;
const SINK = /\.innerHTML = (.+);(?=\r?$)/gm;

/** Leaflet's innerHTML writes, counted in 1.9.4; fewer means Leaflet changed and this step must be looked at again. */
const EXPECTED = 10;

export function leafletTrustedTypes() {
  return {
    name: 'carif-leaflet-trusted-types',
    transform(code, id) {
      if (!LEAFLET.test(id)) return null;
      let count = 0;
      const out = code.replace(SINK, (_m, value) => {
        count += 1;
        return `.innerHTML = __carifTrustedHTML(${value});`;
      });
      if (count < EXPECTED) this.error(`Leaflet has ${count} innerHTML writes where ${EXPECTED} were expected: check scripts/leaflet-trusted-types.mjs against this Leaflet version.`);
      return { code: `import { trustedHTML as __carifTrustedHTML } from ${JSON.stringify(policyModule)};\n${out}`, map: null };
    },
  };
}
