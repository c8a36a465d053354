// A Vite plugin for the CDN build: shrinks the static text of Lit `html` and `css` templates
// (indentation and line breaks, CSS comments and spaces around punctuation). Vite minifies the
// JavaScript but leaves template literals as written. The TypeScript parser finds the templates,
// so code inside `${...}` is never touched.
import ts from 'typescript';

const collapseHtml = (raw) => raw.replace(/\s*\n\s*/g, ' ');

const collapseCss = (raw) =>
  raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    // Shorter spellings of the same CSS: .5em for 0.5em, unquoted identifiers in attribute
    // selectors, no space before !important nor around the child combinator, #fff for #ffffff.
    .replace(/(^|[\s:,(/])0\.(\d)/g, '$1.$2')
    .replace(/\[([\w-]+)([~|^$*]?=)'([a-z][\w-]*)'\]/g, '[$1$2$3]')
    .replace(/\s+!important/g, '!important')
    .replace(/\s*>\s*/g, '>')
    .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3');

export function minifyTemplates() {
  return {
    name: 'carif-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.+\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      const sf = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const edits = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'css')) {
          const collapse = node.tag.text === 'css' ? collapseCss : collapseHtml;
          const t = node.template;
          const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
          for (const p of parts) {
            const start = p.getStart(sf) + 1; // after ` or }
            const closesTemplate = p.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral || p.kind === ts.SyntaxKind.TemplateTail;
            const end = p.end - (closesTemplate ? 1 : 2); // before ` or ${
            edits.push([start, end, collapse(code.slice(start, end))]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
