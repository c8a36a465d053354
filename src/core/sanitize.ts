/**
 * Text and links from open data made safe to show: plain text out of (escaped) markup, and links
 * only for http(s), e-mail and phone. Rich text (with DOMPurify) lives in rich-text.ts, loaded on
 * demand.
 */
import { inertDocument } from './trusted-types.js';

/** Where the page forbids parsing (Trusted Types): the escaping layer undone by hand, other entities left. */
const decodeByHand = (text: string): string => text.replace(/&(lt|gt|quot|#39|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '&');

/**
 * LHEO text fields often carry HTML escaped once (`&lt;p&gt;…`). Decode that layer in an inert
 * document (nothing runs, nothing loads), so that the markup can then be sanitised.
 */
export function decodeEscapedMarkup(text: string): string {
  if (!/&lt;\s*\/?\s*[a-z]/i.test(text)) return text;
  const doc = inertDocument(text);
  return doc ? (doc.body.textContent ?? '') : decodeByHand(text);
}

/** The text of markup, read in an inert document (DOMParser runs no script and loads nothing). */
function plainFromMarkup(markup: string): string {
  const doc = inertDocument(markup);
  if (!doc) return decodeByHand(markup.replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '').replace(/<[^>]*>?/g, ' '));
  doc.querySelectorAll('script, style, template').forEach((n) => n.remove());
  return doc.body.textContent ?? '';
}

/**
 * Plain text of a field that may hold (escaped) markup: for titles and short labels. Rendered by
 * Lit as text, so it can never become markup again.
 */
export function plainText(raw: string | null | undefined): string {
  if (!raw) return '';
  const decoded = decodeEscapedMarkup(raw);
  if (!/[<&]/.test(decoded)) return decoded.replace(/\s+/g, ' ').trim();
  return plainFromMarkup(decoded).replace(/\s+/g, ' ').trim();
}

/**
 * The URL if its scheme is allowed (http/https by default), else null: `javascript:`, `data:`
 * and anything odd never become links.
 */
export function safeUrl(raw: string | null | undefined, schemes: readonly string[] = ['http:', 'https:']): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  if (!trimmed || trimmed.length > 2048) return null;
  try {
    const url = new URL(trimmed, trimmed.startsWith('//') ? 'https:' : undefined);
    return schemes.includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** `tel:` link for a French or international phone number, else null. */
export function telHref(raw: string | null | undefined): string | null {
  if (!raw || raw.length > 40 || /[a-z]{3,}/i.test(raw.replace(/^tel:/i, ''))) return null;
  let digits = raw.replace(/^tel:/i, '').replace(/[\s.\-()/]/g, '');
  if (!/^\+?\d{6,15}$/.test(digits)) return null;
  if (/^0\d{9}$/.test(digits)) digits = `+33${digits.slice(1)}`;
  return `tel:${digits}`;
}
