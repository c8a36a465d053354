/**
 * "Add to my calendar": iCalendar (RFC 5545) files built in the browser from the events shown.
 * Pure functions, no network and no third-party service: the file is made here and handed to the
 * visitor as a download.
 */
import type { Lang } from '../core/i18n.js';
import { decodeEscapedMarkup, plainText, safeUrl } from '../core/sanitize.js';
import { inertDocument } from '../core/trusted-types.js';
import { eventCodes } from '../data/evenements/codes.js';
import type { AgendaEvent } from '../data/evenements/record.js';

export interface IcsOptions {
  /** DTSTAMP: when the file is made (defaults to new Date()). */
  now?: Date;
  /** Language of the labels put in the file (category names, "Organiser:", "Registration:"). */
  lang: Lang;
  /** X-WR-CALNAME of the file (optional). */
  calendarName?: string;
}

interface IcsLabels {
  organiser: string;
  price: string;
  free: string;
  registration: string;
  registrationRequired: string;
  online: string;
  onlineLink: string;
  accessibility: string;
}

/** The few words the file carries besides the data ("Organisateur : …"). */
const LABELS: Record<Lang, IcsLabels> = {
  fr: {
    organiser: 'Organisateur : ',
    price: 'Tarif : ',
    free: 'Gratuit',
    registration: 'Inscription : ',
    registrationRequired: 'Inscription obligatoire',
    online: 'En ligne',
    onlineLink: 'En ligne : ',
    accessibility: 'Accessibilité : ',
  },
  en: {
    organiser: 'Organiser: ',
    price: 'Price: ',
    free: 'Free',
    registration: 'Registration: ',
    registrationRequired: 'Registration required',
    online: 'Online',
    onlineLink: 'Online: ',
    accessibility: 'Accessibility: ',
  },
};

const PRODID = '-//carif-oref-widgets//event-agenda//FR';
const UID_DOMAIN = 'carif-oref-widgets';
/** Longest description kept (characters), so that a runaway text cannot make a huge file. */
const MAX_DESCRIPTION = 4000;
/** RFC 5545 §3.1: content lines are at most 75 octets, CRLF excluded. */
const FOLD_OCTETS = 75;
const CRLF = '\r\n';

/** Elements whose end breaks a line when a description is read as plain text. */
const BLOCKS = 'p, div, li, ul, ol, dl, dt, dd, h1, h2, h3, h4, h5, h6, tr, table, section, article, blockquote, pre, address, hr';

/** Lone UTF-16 surrogates (not valid Unicode): they become U+FFFD, as TextEncoder would make them. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Control characters other than line breaks and tabs (C0, DEL and C1). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * A TEXT value escaped per RFC 5545 §3.3.11: `\` `;` `,` escaped, every line break as `\n`,
 * other control characters removed. A `javascript:`-like scheme written in the text loses its
 * colon, so that no client can ever turn it into a link.
 */
function escapeText(value: string): string {
  return value
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
    .replace(/((?:java|vb)script)\s*:/gi, '$1 :')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** UTF-8 length of one code point. */
const octets = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/**
 * A content line folded so that no physical line exceeds 75 octets: continuation lines start with
 * one space, and a cut never falls inside a UTF-8 character or a surrogate pair (the string is
 * walked by code points).
 */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line.replace(LONE_SURROGATE, '\uFFFD')) {
    const n = octets(ch.codePointAt(0)!);
    if (size + n > FOLD_OCTETS) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join(CRLF);
}

/** A DATE-TIME in UTC, `YYYYMMDDTHHMMSSZ`; null for an invalid date or one outside years 0000-9999. */
function utcDateTime(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  const iso = d.toISOString();
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{3}Z$/.exec(iso);
  return m ? `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}Z` : null;
}

/** A coordinate written without exponent, 6 decimals at most. */
const coord = (n: number): string => String(Number(n.toFixed(6)));

/**
 * The text of a description that may hold (escaped) markup, with its paragraphs and list items
 * on lines of their own (plainText would run them together: `<p>a</p><p>b</p>` reads "ab").
 * Read in an inert document, like plainText: nothing runs, nothing loads.
 */
function descriptionText(raw: string | null): string {
  if (!raw) return '';
  const decoded = decodeEscapedMarkup(raw);
  let text = decoded;
  const doc = /[<&]/.test(decoded) ? inertDocument(decoded) : null;
  if (!doc && /[<&]/.test(decoded)) text = plainText(decoded);
  if (doc) {
    doc.querySelectorAll('script, style, template').forEach((n) => n.remove());
    doc.querySelectorAll('br').forEach((n) => n.replaceWith('\n'));
    doc.querySelectorAll('li').forEach((n) => n.prepend('- '));
    doc.querySelectorAll(BLOCKS).forEach((n) => {
      n.before('\n');
      n.after('\n');
    });
    text = doc.body.textContent ?? '';
  }
  const lines = text
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const chars = Array.from(lines.join('\n'));
  return chars.length > MAX_DESCRIPTION ? `${chars.slice(0, MAX_DESCRIPTION - 1).join('').trimEnd()}…` : chars.join('');
}

/** The LOCATION of an event: place name, address, postcode and city; the link or "Online" for an online event without a place. */
function locationOf(event: AgendaEvent, words: IcsLabels): string {
  const { name, address, postcode, city } = event.place;
  const town = [postcode, city].map(plainText).filter(Boolean).join(' ');
  const parts = [plainText(name), plainText(address), town].filter(Boolean);
  if (parts.length) return parts.join(', ');
  if (event.online) return safeUrl(event.onlineUrl) ?? words.online;
  return '';
}

/** The DESCRIPTION: the event's text, then the practical details on lines of their own. */
function descriptionOf(event: AgendaEvent, words: IcsLabels): string {
  const details: string[] = [];
  const organiser = plainText(event.organiser);
  if (organiser) details.push(words.organiser + organiser);
  const price = plainText(event.price);
  if (event.free) details.push(words.free);
  else if (price) details.push(words.price + price);
  const registration = safeUrl(event.registrationUrl);
  if (registration) details.push(words.registration + registration);
  if (event.registrationRequired) details.push(words.registrationRequired);
  const online = event.online ? safeUrl(event.onlineUrl) : null;
  if (online) details.push(words.onlineLink + online);
  else if (event.online) details.push(words.online);
  const accessibility = plainText(event.accessibility);
  if (accessibility) details.push(words.accessibility + accessibility);
  const body = descriptionText(event.description);
  return [body, details.join('\n')].filter(Boolean).join('\n\n');
}

/** The content lines of one VEVENT, unfolded; none when the event has no valid start. */
function veventLines(event: AgendaEvent, stamp: string, lang: Lang): string[] {
  const start = utcDateTime(event.start);
  if (!start) return [];
  const words = LABELS[lang] ?? LABELS.fr;
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(`${event.id}@${UID_DOMAIN}`)}`, `DTSTAMP:${stamp}`, `DTSTART:${start}`];
  const end = event.end ? utcDateTime(event.end) : null;
  if (end && event.end && event.end.getTime() > event.start.getTime()) lines.push(`DTEND:${end}`);
  const updated = event.updated ? utcDateTime(event.updated) : null;
  if (updated) lines.push(`LAST-MODIFIED:${updated}`);
  lines.push(`SUMMARY:${escapeText(plainText(event.title))}`);
  const description = descriptionOf(event, words);
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  const location = locationOf(event, words);
  if (location) lines.push(`LOCATION:${escapeText(location)}`);
  const g = event.place.geo;
  if (g && Number.isFinite(g.lat) && Number.isFinite(g.lon) && Math.abs(g.lat) <= 90 && Math.abs(g.lon) <= 180) {
    lines.push(`GEO:${coord(g.lat)};${coord(g.lon)}`);
  }
  // URL is a URI value, not TEXT: only an http(s) URL normalised by the URL parser gets there.
  const url = safeUrl(event.registrationUrl) ?? (event.online ? safeUrl(event.onlineUrl) : null);
  if (url && !/[\s"<>\\]/.test(url)) lines.push(`URL:${url}`);
  if (event.type) {
    const category = plainText(eventCodes.label('eventTypes', event.type, lang));
    if (category) lines.push(`CATEGORIES:${escapeText(category)}`);
  }
  lines.push('END:VEVENT');
  return lines;
}

/** An iCalendar (RFC 5545) file of these events: one VCALENDAR, one VEVENT per event, CRLF line ends, lines folded at 75 octets. */
export function eventsToIcs(events: readonly AgendaEvent[], options: IcsOptions): string {
  const stamp = utcDateTime(options.now ?? new Date()) ?? utcDateTime(new Date())!;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const name = options.calendarName ? plainText(options.calendarName) : '';
  if (name) lines.push(`X-WR-CALNAME:${escapeText(name)}`);
  for (const event of events) lines.push(...veventLines(event, stamp, options.lang));
  lines.push('END:VCALENDAR');
  return lines.map(fold).join(CRLF) + CRLF;
}

/** Names Windows keeps for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;
const MAX_FILE_NAME = 60;

/** A safe file name for a download: ASCII letters, digits and hyphens from the title (accents folded), at most 60 characters, ending in `.ics`; `evenement.ics` when nothing is left. */
export function icsFileName(title: string): string {
  const ext = '.ics';
  let base = plainText(title)
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const max = MAX_FILE_NAME - ext.length;
  if (base.length > max) {
    const cut = base.slice(0, max + 1);
    // Cut at a word boundary when one is not too far back.
    const hyphen = cut.lastIndexOf('-');
    base = (hyphen >= max / 2 ? cut.slice(0, hyphen) : cut.slice(0, max)).replace(/-+$/, '');
  }
  if (!base || RESERVED.test(base)) base = base ? `evenement-${base}` : 'evenement';
  return base + ext;
}
