// Editor and framework data generated from dist/custom-elements.json (run by scripts/build.mjs after
// the analyzer), so that the JSDoc in src/ stays the one place to edit:
//   dist/react.d.ts                       JSX IntrinsicElements for React 19 (`import type {} from 'carif-oref-widgets/react'`)
//   dist/vue.d.ts                         Vue's GlobalComponents (`import type {} from 'carif-oref-widgets/vue'`)
//   dist/carif-widgets.html-data.json     VS Code HTML custom data (the `html.customData` setting)
//   dist/carif-widgets.css-data.json      VS Code CSS custom data: the theme properties (`css.customData`)
//   dist/web-types.json                   JetBrains web-types (package.json `web-types`)
import { readFileSync, writeFileSync } from 'node:fs';

const HEAD = '// Generated from custom-elements.json by scripts/editor-types.mjs: edit the JSDoc in src/, not this file.\n';
/** Names a type text may use without an import. */
const GLOBAL_TYPES = new Set(['CustomEvent', 'Date', 'Array', 'Record', 'Partial', 'Promise']);

const elementsOf = (manifest) =>
  manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, module: m.path })));

/** What an attribute accepts in a framework's template: lists also as a space- or comma-separated string. */
const valueType = (text = 'string') => {
  const t = text.replace(/\s*\|\s*undefined\b/g, '');
  return t.endsWith('[]') ? `${t} | string` : t;
};
const comment = (text, indent = '  ') => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');
const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
const key = (name) => (/^[a-zA-Z_$][\w$]*$/.test(name) ? name : `'${name}'`);
/** The literal values of a union such as `'list' | 'month'`, else none. */
const literals = (text = '') => (/^\s*'[^']*'(\s*\|\s*'[^']*')*\s*$/.test(text) ? [...text.matchAll(/'([^']*)'/g)].map((m) => m[1]) : []);

/** The settable public fields of an element (not read-only, not static), by property name. */
const fields = (d) => (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && !m.privacy);
const attributes = (d) => (d.attributes ?? []).filter((a) => a.name !== 'lang');

/** Type names the declarations use (imported from the package's own types). */
function importsOf(elements) {
  const names = new Set(elements.map((d) => d.name));
  for (const d of elements) for (const x of [...fields(d), ...attributes(d), ...(d.events ?? [])]) for (const n of x.type?.text?.match(/\b[A-Z]\w*/g) ?? []) if (!GLOBAL_TYPES.has(n)) names.add(n);
  return [...names].sort();
}

/** One props interface per element: attributes by their names, properties by theirs, events as handlers. */
function propsInterface(d, name, eventKey) {
  let out = comment(`Attributes, properties and events of \`<${d.tagName}>\`.`, '');
  out += `export interface ${name} {\n`;
  const seen = new Set();
  for (const a of attributes(d)) {
    seen.add(a.name);
    out += comment(a.description) + `  ${key(a.name)}?: ${valueType(a.type?.text)};\n`;
  }
  for (const f of fields(d)) {
    if (seen.has(f.name)) continue;
    seen.add(f.name);
    out += comment(f.description) + `  ${key(f.name)}?: ${valueType(f.type?.text)};\n`;
  }
  for (const e of d.events ?? []) out += comment(e.description) + `  ${key(eventKey(e.name))}?: (event: ${e.type?.text ?? 'CustomEvent'}) => void;\n`;
  return `${out}}\n`;
}

export function reactTypes(manifest) {
  const elements = elementsOf(manifest);
  let out = `${HEAD}// React 19 sets a prop as a property when the element has one of that name, else as an attribute,\n// and listens to \`oncarif-results\` as the \`carif-results\` event.\n`;
  out += `import type { DetailedHTMLProps, HTMLAttributes } from 'react';\nimport type { ${importsOf(elements).join(', ')} } from './types/index.js';\n\n`;
  for (const d of elements) out += propsInterface(d, `${d.name}Props`, (n) => `on${n}`) + '\n';
  out += `type WidgetProps<E, P> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P> & P;\n\n`;
  out += `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const d of elements) out += `      '${d.tagName}': WidgetProps<${d.name}, ${d.name}Props>;\n`;
  return `${out}    }\n  }\n}\n`;
}

export function vueTypes(manifest) {
  const elements = elementsOf(manifest);
  let out = `${HEAD}// Vue sets a prop as a property when the element has one of that name; \`@carif-results\` listens\n// to the event (\`onCarifResults\` in the component's props).\n`;
  out += `import type { DefineComponent } from 'vue';\nimport type { ${importsOf(elements).filter((n) => !elements.some((d) => d.name === n)).join(', ')} } from './types/index.js';\n\n`;
  for (const d of elements) out += propsInterface(d, `${d.name}VueProps`, (n) => `on${pascal(n)}`) + '\n';
  out += `declare module 'vue' {\n  interface GlobalComponents {\n`;
  for (const d of elements) out += `    '${d.tagName}': DefineComponent<${d.name}VueProps>;\n`;
  return `${out}  }\n}\n`;
}

/** A markdown summary of what the attribute list cannot say: events, slots, parts, CSS properties. */
function reference(d) {
  const list = (title, items, type) => (items?.length ? `\n\n**${title}:** ${items.map((x) => `\`${x.name}\`${type && x.type?.text ? ` (\`${x.type.text}\`)` : ''}`).join(', ')}` : '');
  return `${d.description ?? d.summary ?? ''}${list('Events', d.events, true)}${list('Slots', d.slots)}${list('CSS parts', d.cssParts)}${list('CSS custom properties', d.cssProperties)}`;
}

export function htmlData(manifest) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elementsOf(manifest).map((d) => ({
      name: d.tagName,
      description: { kind: 'markdown', value: reference(d) },
      attributes: (d.attributes ?? []).map((a) => {
        const values = a.name === 'lang' ? ['fr', 'en'] : literals(a.type?.text);
        return {
          name: a.name,
          description: { kind: 'markdown', value: `${a.description ?? ''}${a.type?.text ? `\n\n\`${a.type.text}\`` : ''}${a.default ? ` (default \`${a.default}\`)` : ''}` },
          ...(values.length ? { values: values.map((name) => ({ name })) } : a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

export function cssData(manifest) {
  const props = new Map();
  for (const d of elementsOf(manifest)) for (const p of d.cssProperties ?? []) if (!props.has(p.name)) props.set(p.name, p.description ?? '');
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: [...props].map(([name, description]) => ({ name, description })),
  };
}

export function webTypes(manifest, pkg) {
  const typeList = (text = 'string') => text.split('|').map((t) => t.trim());
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'js-types-syntax': 'typescript',
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((d) => ({
          name: d.tagName,
          description: d.description ?? d.summary ?? '',
          source: { module: `${pkg.name}/${d.module.replace(/^dist\//, '').replace(/\.js$/, '')}`, symbol: d.name },
          attributes: (d.attributes ?? []).map((a) => {
            const values = a.name === 'lang' ? ['fr', 'en'] : literals(a.type?.text);
            return {
              name: a.name,
              description: a.description ?? '',
              ...(a.default ? { default: a.default } : {}),
              // An HTML attribute's value is text: a list is written space-separated.
              value: { type: values.length ? values.map((v) => `'${v}'`) : /\[\]$/.test(a.type?.text ?? '') ? 'string' : typeList(a.type?.text.replace(/\s*\|\s*undefined\b/g, '')) },
            };
          }),
          slots: (d.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
          js: {
            properties: fields(d).map((f) => ({ name: f.name, description: f.description ?? '', type: typeList(f.type?.text) })),
            events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '', ...(e.type?.text ? { type: e.type.text } : {}) })),
          },
          css: {
            parts: (d.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
            properties: (d.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
          },
        })),
      },
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const json = (v) => `${JSON.stringify(v, null, 2)}\n`;
  writeFileSync('dist/react.d.ts', reactTypes(manifest));
  writeFileSync('dist/vue.d.ts', vueTypes(manifest));
  // Type-only entries: an import of them in a bundled app resolves to an empty module.
  writeFileSync('dist/react.js', 'export {};\n');
  writeFileSync('dist/vue.js', 'export {};\n');
  writeFileSync('dist/carif-widgets.html-data.json', json(htmlData(manifest)));
  writeFileSync('dist/carif-widgets.css-data.json', json(cssData(manifest)));
  writeFileSync('dist/web-types.json', json(webTypes(manifest, pkg)));
}
