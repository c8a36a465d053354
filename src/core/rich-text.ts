/**
 * Rich text from open data (LHEO objectives and contents, event descriptions): escaped markup
 * decoded, then cleaned by DOMPurify with a short allow-list. Widgets import this module lazily
 * (with their detail view), so that a list of results does not pay for DOMPurify (about 11 KB gzip).
 */
import createDOMPurify from 'dompurify';
import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';
import { decodeEscapedMarkup, plainText, safeUrl } from './sanitize.js';
import { trustedHTML, ttPolicy } from './trusted-types.js';

/** Tags kept in rich text (LHEO objectives, contents, event descriptions). Everything else is dropped. */
const ALLOWED_TAGS = ['p', 'br', 'ul', 'ol', 'li', 'b', 'strong', 'i', 'em', 'u', 'span', 'a', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'sup', 'sub'];
const ALLOWED_ATTR = ['href'];
const MAX_RICH_TEXT = 20_000;

let purifier: ReturnType<typeof createDOMPurify> | undefined;

/** A private DOMPurify instance: the host page's own DOMPurify settings and hooks stay untouched. */
function getPurifier(): ReturnType<typeof createDOMPurify> {
  if (!purifier) {
    const p = createDOMPurify(window);
    p.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        const href = safeUrl(node.getAttribute('href'), ['http:', 'https:', 'mailto:', 'tel:']);
        if (href) {
          node.setAttribute('href', href);
          node.setAttribute('rel', 'noopener noreferrer nofollow');
          node.setAttribute('target', '_blank');
        } else {
          node.removeAttribute('href');
        }
      }
    });
    purifier = p;
  }
  return purifier;
}

/**
 * Sanitised HTML for a rich-text field: escaped markup decoded, then cleaned by DOMPurify with a
 * short allow-list (paragraphs, lists, emphasis, safe links). Plain text comes back with its line
 * breaks kept. Returns '' for empty input. Where the browser has Trusted Types (Chromium, on every
 * page), the result is a TrustedHTML signed by our policy: DOMPurify's `RETURN_TRUSTED_TYPE`, with
 * our policy rather than one of its own, so that a page allows one name, not two. Typed as a
 * string: write it as HTML, or String() it to read it.
 */
export function sanitizeRichText(raw: string | null | undefined): string {
  if (!raw) return '';
  let text = raw.length > MAX_RICH_TEXT ? `${raw.slice(0, MAX_RICH_TEXT)}…` : raw;
  text = decodeEscapedMarkup(text);
  if (!/<[a-z!/]/i.test(text)) {
    // Plain text: escape it and keep its line breaks.
    const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return trustedHTML(escaped.replace(/\r?\n/g, '<br>'));
  }
  const policy = ttPolicy();
  return getPurifier().sanitize(text, { ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false, TRUSTED_TYPES_POLICY: policy as never, RETURN_TRUSTED_TYPE: !!policy }) as unknown as string;
}

/** What a webmaster whose page enforces Trusted Types must allow (the map and the loader say it in their own words). */
let warned = false;
const TT_NOTE = `this page's Trusted Types rules block the widget: allow the policies "carif-oref-widgets" and "lit-html" (Content-Security-Policy: trusted-types carif-oref-widgets lit-html 'allow-duplicates'); see the README, "Trusted Types".`;

/**
 * `<div ${richHtml(raw)}>`: the sanitised rich text written into the element (TrustedHTML where the
 * page enforces Trusted Types). If the page forbids our policy, the text shows without its markup.
 */
class RichHtml extends Directive {
  private raw?: string | null;
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('richHtml() goes on an element');
  }
  render(_raw: string | null): typeof nothing {
    return nothing;
  }
  override update(part: ElementPart, [raw]: [string | null]): typeof nothing {
    if (raw === this.raw) return nothing;
    this.raw = raw;
    const el = part.element;
    try {
      el.innerHTML = sanitizeRichText(raw);
    } catch (error) {
      // The page's Trusted Types rules refuse our policy: the text without its markup, and a word for the webmaster.
      if (!(error instanceof TypeError)) throw error;
      if (!warned) console.warn(`carif-oref-widgets: ${TT_NOTE}`);
      warned = true;
      el.textContent = plainText(raw);
    }
    return nothing;
  }
}
export const richHtml = directive(RichHtml);

/** A titled section of sanitised rich text; nothing (or the `fallback` sentence) when empty. */
export function richSection(title: string, raw: string | null, fallback?: string): TemplateResult | typeof nothing {
  const has = !!plainText(raw);
  if (!has && !fallback) return nothing;
  return html`<section><h3>${title}</h3>${has ? html`<div class="rich" ${richHtml(raw)}></div>` : html`<p>${fallback}</p>`}</section>`;
}
