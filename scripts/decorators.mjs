// A Vite plugin for the CDN build: TypeScript's own emit for the modules with decorators
// (`experimentalDecorators`, as tsconfig.json compiles them), its helper taken from one small module
// instead of the bundler's (a `__decorate` that also serves parameter, method and class decorators
// through Reflect.decorate, about 0.2 KB gzip in every script-tag file). The widgets' decorators are
// all property decorators (`@property`, `@state`, `@list`): each is called with (prototype, name),
// the last written first, and what it returns is not used, as TypeScript's helper does for them;
// the build fails on any other kind.
import ts from 'typescript';

const HELPER = '\0carif-decorate';

export function propertyDecorators() {
  return {
    name: 'carif-property-decorators',
    enforce: 'pre',
    resolveId: (id) => (id === 'tslib' ? HELPER : null),
    load: (id) =>
      id === HELPER
        ? `export function __decorate(decorators, target, key) {
  for (let i = decorators.length; i--; ) decorators[i](target, key);
}`
        : null,
    transform(code, id) {
      if (!/\/src\/.+\.ts$/.test(id) || !/^\s*@(property|state|list)\b/m.test(code)) return null;
      const out = ts.transpileModule(code, {
        fileName: id,
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, experimentalDecorators: true, useDefineForClassFields: false, importHelpers: true, moduleDetection: ts.ModuleDetectionKind.Force, sourceMap: false, verbatimModuleSyntax: false, isolatedModules: true },
      });
      // Property decorators only: TypeScript passes `void 0` as their fourth argument (`null` for a
      // method's, and a class decorator's call has no `.prototype`); anything else fails the build.
      const calls = out.outputText.match(/__decorate\(/g)?.length ?? 0;
      const properties = out.outputText.match(/, [\w$]+(\.prototype)?, "[^"]+", void 0\);/g)?.length ?? 0;
      if (calls !== properties) this.error(`${id}: a decorator that is not a property decorator (scripts/decorators.mjs serves only those)`);
      return { code: out.outputText, map: null };
    },
  };
}
