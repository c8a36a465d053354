// A Vite plugin for the CDN build: the widgets' private custom properties (`--_primary`, `--_gap`…,
// set on :host from the public `--carif-*` ones in core/styles.ts and read inside the shadow root
// only) get one-letter names. They appear only in style text (css`` templates, the map's CSS
// string) and are documented nowhere: a page styles the widgets through `--carif-*`, untouched.
// A fixed table, so that every build names them alike; a private property not listed keeps its name.
const PRIVATE = ['gap', 'primary', 'radius', 'border', 'surface', 'target', 'muted', 'focus', 'surface-alt', 'on-primary', 'error', 'success'];
const SHORT = new Map(PRIVATE.map((name, i) => [name, `--_${String.fromCharCode(97 + i)}`]));
const NAME = /--_([a-z]+(?:-[a-z]+)*)\b/g;

export function shortCssVars() {
  return {
    name: 'carif-short-css-vars',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.+\.ts$/.test(id) || !code.includes('--_')) return null;
      return { code: code.replace(NAME, (m, name) => SHORT.get(name) ?? m), map: null };
    },
  };
}
