// custom-elements.json from the JSDoc the code carries (attributes, properties, events, slots, parts, CSS properties).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/strings.ts', 'src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
