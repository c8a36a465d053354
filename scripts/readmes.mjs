// Each widget's README: a hand-written introduction, then a reference generated from
// dist/custom-elements.json (attributes, JavaScript properties, events, slots, parts, CSS
// properties with the shared theme tokens), between two markers. The JSDoc in the source is the
// one place to edit; `npm run readmes` writes the READMEs, `--check` fails when one is stale.
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- reference: generated from custom-elements.json by `npm run readmes`; edit the JSDoc in src/ -->';
const END = '<!-- /reference -->';
const WIDGETS = ['training-search', 'venue-map', 'event-agenda', 'internship-board'];

const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const table = (head, rows) => (rows.length ? [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`), ''].join('\n') : '');

export function reference(manifest, tag) {
  const d = manifest.modules.flatMap((m) => m.declarations ?? []).find((x) => x.tagName === tag);
  if (!d) throw new Error(`${tag} is not in custom-elements.json`);
  const attrs = (d.attributes ?? []).filter((a) => a.description);
  const props = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.attribute && m.description && !m.readonly);
  const out = [START, '', '## Reference', ''];
  out.push('### Attributes', '', table(['attribute', 'property', 'type', 'default', 'meaning'], attrs.map((a) => [`\`${a.name}\``, a.fieldName ? `\`${a.fieldName}\`` : '', a.type?.text ?? '', a.default ?? '', a.description])));
  if (props.length) out.push('### JavaScript properties', '', table(['property', 'type', 'meaning'], props.map((p) => [`\`${p.name}\``, p.type?.text ?? '', p.description])));
  out.push('### Events', '', table(['event', 'type', 'when'], (d.events ?? []).map((e) => [`\`${e.name}\``, e.type?.text ? `\`${e.type.text}\`` : '', e.description ?? ''])));
  out.push('### Slots', '', table(['slot', 'replaces'], (d.slots ?? []).map((s) => [`\`${s.name}\``, s.description ?? ''])));
  out.push('### CSS parts', '', table(['part', 'what'], (d.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description ?? ''])));
  out.push('### CSS custom properties', '', table(['property', 'what'], (d.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description ?? ''])));
  out.push(END, '');
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** The README with its reference block replaced (added at the end when it has none). */
export function withReference(readme, block) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < 0) return `${readme.trimEnd()}\n\n${block}`;
  return `${readme.slice(0, a)}${block}${readme.slice(b + END.length).replace(/^\n+/, '')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  let stale = [];
  for (const w of WIDGETS) {
    const path = `src/${w}/README.md`;
    const before = readFileSync(path, 'utf8');
    const after = withReference(before, reference(manifest, `carif-${w}`));
    if (after === before) continue;
    if (check) stale.push(path);
    else writeFileSync(path, after);
  }
  if (stale.length) {
    console.error(`stale: ${stale.join(', ')}: run npm run build && npm run readmes`);
    process.exit(1);
  }
}
