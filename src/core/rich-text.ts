/**
 * Rich text from open data (LHEO objectives and contents, event descriptions): escaped markup
 * decoded, then cleaned by DOMPurify with a short allow-list. Widgets import this module lazily
 * (with their detail view), so that a list of results does not pay for DOMPurify (about 11 KB gzip).
 */
import createDOMPurify from 'dompurify';
import { decodeEscapedMarkup, safeUrl } from './sanitize.js';

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
 * breaks kept. Returns '' for empty input.
 */
export function sanitizeRichText(raw: string | null | undefined): string {
  if (!raw) return '';
  let text = raw.length > MAX_RICH_TEXT ? `${raw.slice(0, MAX_RICH_TEXT)}…` : raw;
  text = decodeEscapedMarkup(text);
  if (!/<[a-z!/]/i.test(text)) {
    // Plain text: escape it and keep its line breaks.
    const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return escaped.replace(/\r?\n/g, '<br>');
  }
  return getPurifier().sanitize(text, { ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false, RETURN_TRUSTED_TYPE: false }) as string;
}

