// A Vite plugin for the CDN build: Leaflet's CSS without the rules of the parts the shared map
// never uses (popups, tooltips, the layers and scale controls, vector layers, old IE, the default
// marker images). Vite inlined those images as data: URLs into `leaflet.css?inline`: with the
// rules, 6.4 KB of the map chunk's 54.6 KB gzip went to this CSS.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const UNUSED = /leaflet-(popup|tooltip|control-layers|control-scale|vml|oldie|default-icon-path|image-layer|marker-shadow|retina|crosshair|marker-draggable)|\blvml\b|svg|canvas/;

/** Drops every rule whose selectors all name an unused part (an @media block keeps its used rules). */
export function trimLeafletCss(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ');
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const head = text.slice(i, open).trim();
    if (head.startsWith('@')) {
      // A block of rules: find its closing brace, trim its rules the same way.
      let depth = 1;
      let j = open + 1;
      for (; depth && j < text.length; j++) depth += text[j] === '{' ? 1 : text[j] === '}' ? -1 : 0;
      const inner = trimLeafletCss(text.slice(open + 1, j - 1));
      if (inner) out += `${head}{${inner}}`;
      i = j;
      continue;
    }
    const close = text.indexOf('}', open);
    if (!head.split(',').every((sel) => UNUSED.test(sel))) out += `${head}{${text.slice(open + 1, close).trim()}}`;
    i = close + 1;
  }
  return out;
}

export function leafletCss() {
  const file = createRequire(import.meta.url).resolve('leaflet/dist/leaflet.css');
  return {
    name: 'carif-leaflet-css',
    enforce: 'pre',
    load(id) {
      if (id.startsWith(file) && id.includes('?inline')) return trimLeafletCss(readFileSync(file, 'utf8'));
      return null;
    },
  };
}
