import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { plainText } from '../../src/core/sanitize.js';
import { eventCodes } from '../../src/data/evenements/codes.js';
import { normalizeEvent, type AgendaEvent } from '../../src/data/evenements/record.js';
import { eventsToIcs, icsFileName } from '../../src/event-agenda/ics.js';
import { apiRecords } from '../helpers/helpers.js';

type Component = InstanceType<typeof ICAL.Component>;

const NOW = new Date('2026-11-24T09:15:30Z');
const utf8 = new TextEncoder();

/** An AgendaEvent from a hand-written `evenements` record (the fields not given are those of a plain on-site event). */
function hand(fields: Record<string, unknown>): AgendaEvent {
  const event = normalizeEvent({
    id: 'EVT-T-1',
    titre: 'Forum',
    debut: '2027-01-12T09:00:00+01:00',
    fin: '2027-01-12T17:00:00+01:00',
    type: 'forum_salon',
    en_ligne: 0,
    lieu_nom: 'Salle des fêtes',
    adresse: '1 place de la Mairie',
    code_postal: '25000',
    commune: 'Besançon',
    geo: { lat: 47.2378, lon: 6.0241 },
    ...fields,
  });
  if (!event) throw new Error('hand record not accepted by normalizeEvent');
  return event;
}

/** The file parsed back by ical.js: the VCALENDAR and its VEVENTs. */
function parse(ics: string): { cal: Component; events: Component[] } {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return { cal, events: cal.getAllSubcomponents('vevent') };
}

/** The only VEVENT of a one-event file. */
function only(event: AgendaEvent, lang: 'fr' | 'en' = 'fr'): Component {
  const { events } = parse(eventsToIcs([event], { now: NOW, lang }));
  expect(events).to.have.length(1);
  return events[0]!;
}

const instant = (c: Component, name: string): number => (c.getFirstPropertyValue(name) as InstanceType<typeof ICAL.Time>).toJSDate().getTime();

/** The raw content lines of a file, unfolded (RFC 5545 §3.1). */
const unfolded = (ics: string): string[] => ics.replace(/\r\n /g, '').split('\r\n');

/** The raw value of the first unfolded line of a property. */
const raw = (ics: string, name: string): string | undefined => unfolded(ics).find((l) => l.startsWith(`${name}:`))?.slice(name.length + 1);

/** Checks the physical lines of a file: CRLF only, at most 75 octets, each a well-formed string on its own. */
function expectWellFolded(ics: string): void {
  expect(ics.endsWith('\r\n')).to.equal(true);
  expect(/\r(?!\n)|(?<!\r)\n/.test(ics), 'bare CR or LF').to.equal(false);
  for (const line of ics.slice(0, -2).split('\r\n')) {
    expect(utf8.encode(line).length, line).to.be.at.most(75);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(line), `split surrogate pair in ${line}`).to.equal(false);
  }
}

describe('event agenda: iCalendar files', () => {
  afterEach(() => executeServerCommand('set-timezone', { zone: '' }));

  it('makes one VEVENT per API event, with the same start and end instants and unique UIDs', async () => {
    const { results } = await apiRecords('evenements', { where: 'region = "27"', order_by: 'debut', limit: '20' });
    const online = await apiRecords('evenements', { where: 'en_ligne = 1 and not (region = "27")', limit: '5' });
    const agenda = [...results, ...online.results].map(normalizeEvent).filter((e): e is AgendaEvent => e !== null);
    expect(agenda.length).to.be.at.least(20);
    const ics = eventsToIcs(agenda, { now: NOW, lang: 'fr' });
    expectWellFolded(ics);
    const { events } = parse(ics);
    expect(events).to.have.length(agenda.length);
    const uids = new Set<string>();
    agenda.forEach((event, i) => {
      const v = events[i]!;
      const uid = String(v.getFirstPropertyValue('uid'));
      expect(uid).to.equal(`${event.id}@carif-oref-widgets`);
      uids.add(uid);
      expect(instant(v, 'dtstart')).to.equal(event.start.getTime());
      if (event.end) expect(instant(v, 'dtend')).to.equal(event.end.getTime());
      else expect(v.hasProperty('dtend')).to.equal(false);
      expect(v.getFirstPropertyValue('summary')).to.equal(plainText(event.title));
      expect(String(v.getFirstPropertyValue('location'))).to.not.equal('');
      if (event.place.geo) expect(v.getFirstPropertyValue('geo')).to.deep.equal([event.place.geo.lat, event.place.geo.lon]);
      expect(v.getFirstProperty('categories')?.getValues()).to.deep.equal([eventCodes.label('eventTypes', event.type!, 'fr')]);
    });
    expect(uids.size).to.equal(agenda.length);
    // Descriptions come out as plain text, paragraphs and list items on lines of their own.
    const description = String(events[0]!.getFirstPropertyValue('description'));
    expect(description).to.not.match(/[<>]|&lt;/);
    expect(description).to.match(/conseillers\.\n- /);
  });

  it('writes the calendar header and DTSTAMP from `now`, in UTC', () => {
    const ics = eventsToIcs([hand({})], { now: new Date('2026-11-24T10:15:30+01:00'), lang: 'fr', calendarName: 'Agenda, orientation; BFC' });
    const lines = unfolded(ics);
    expect(lines.slice(0, 5)).to.deep.equal(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//carif-oref-widgets//event-agenda//FR', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
    expect(lines.at(-2)).to.equal('END:VCALENDAR');
    expect(raw(ics, 'DTSTAMP')).to.equal('20261124T091530Z');
    expect(raw(ics, 'DTSTART')).to.equal('20270112T080000Z');
    expect(raw(ics, 'X-WR-CALNAME')).to.equal('Agenda\\, orientation\\; BFC');
    const { cal, events } = parse(ics);
    // ical.js knows no type for X- properties: it hands back their raw text, escapes included.
    expect(cal.getFirstProperty('x-wr-calname')?.type).to.equal('unknown');
    expect(String(cal.getFirstPropertyValue('x-wr-calname')).replace(/\\([\\;,nN])/g, (_, c: string) => (/n/i.test(c) ? '\n' : c))).to.equal('Agenda, orientation; BFC');
    expect(instant(events[0]!, 'dtstamp')).to.equal(Date.UTC(2026, 10, 24, 9, 15, 30));
    expect((events[0]!.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>).zone?.tzid).to.equal('UTC');
  });

  it('keeps instants exact across the change to summer time, in summer and over a month end', async () => {
    const dst = hand({ debut: '2027-03-28T01:30:00+01:00', fin: '2027-03-28T03:30:00+02:00' });
    const summer = hand({ id: 'EVT-T-2', debut: '2027-07-14T22:00:00+02:00', fin: '2027-07-15T01:00:00+02:00' });
    const multi = hand({ id: 'EVT-T-3', debut: '2027-01-30T09:00:00+01:00', fin: '2027-02-02T18:00:00+01:00' });
    const ics = eventsToIcs([dst, summer, multi], { now: NOW, lang: 'fr' });
    const starts = unfolded(ics).filter((l) => /^DT(START|END):/.test(l));
    expect(starts).to.deep.equal([
      'DTSTART:20270328T003000Z', 'DTEND:20270328T013000Z',
      'DTSTART:20270714T200000Z', 'DTEND:20270714T230000Z',
      'DTSTART:20270130T080000Z', 'DTEND:20270202T170000Z',
    ]);
    const { events } = parse(ics);
    expect(instant(events[0]!, 'dtstart')).to.equal(Date.UTC(2027, 2, 28, 0, 30));
    expect(instant(events[0]!, 'dtend')).to.equal(Date.UTC(2027, 2, 28, 1, 30));
    expect(instant(events[2]!, 'dtend') - instant(events[2]!, 'dtstart')).to.equal((3 * 24 + 9) * 3_600_000);
    // The visitor's own time zone changes nothing in the file.
    await executeServerCommand('set-timezone', { zone: 'America/New_York' });
    expect(new Date('2027-03-28T00:30:00Z').getHours()).to.equal(20);
    expect(eventsToIcs([dst, summer, multi], { now: NOW, lang: 'fr' })).to.equal(ics);
  });

  it('escapes commas, semicolons, backslashes and line breaks in TEXT values, which round-trip exactly', () => {
    const title = 'Forum; métiers, \\ emploi';
    const description = 'Ligne 1, avec virgule; et point-virgule\nLigne 2 \\ barre\r\nLigne 3\rLigne 4';
    const event = hand({ titre: title, description, lieu_nom: 'Salle A; B', adresse: '3, rue du Pont', commune: 'Dole\\Jura', organisateur: 'Carif, Oref' });
    const ics = eventsToIcs([event], { now: NOW, lang: 'fr' });
    expect(raw(ics, 'SUMMARY')).to.equal('Forum\\; métiers\\, \\\\ emploi');
    expect(raw(ics, 'DESCRIPTION')).to.match(/^Ligne 1\\, avec virgule\\; et point-virgule\\nLigne 2 \\\\ barre\\nLigne 3\\nLigne 4\\n\\nOrganisateur : Carif\\, Oref$/);
    expect(raw(ics, 'LOCATION')).to.equal('Salle A\\; B\\, 3\\, rue du Pont\\, 25000 Dole\\\\Jura');
    const v = only(event);
    expect(v.getFirstPropertyValue('summary')).to.equal(title);
    expect(String(v.getFirstPropertyValue('description'))).to.equal('Ligne 1, avec virgule; et point-virgule\nLigne 2 \\ barre\nLigne 3\nLigne 4\n\nOrganisateur : Carif, Oref');
    expect(v.getFirstPropertyValue('location')).to.equal('Salle A; B, 3, rue du Pont, 25000 Dole\\Jura');
    // A category label with a comma stays one category.
    expect(v.getFirstProperty('categories')?.getValues()).to.deep.equal(['Forum, salon']);
    // Other control characters go.
    expect(raw(eventsToIcs([hand({ titre: 'A\u0000B\u0007C\u001bD\u007fE' })], { now: NOW, lang: 'fr' }), 'SUMMARY')).to.equal('ABCDE');
  });

  it('folds lines at 75 octets without splitting characters, and long texts with accents and emoji round-trip', () => {
    const text = 'Été à Besançon : 5 € l’entrée, 👩‍🎓 étudiantes bienvenues ; 🇫🇷 ok. '.repeat(40).trim();
    const event = hand({ description: text });
    const ics = eventsToIcs([event], { now: NOW, lang: 'fr' });
    expectWellFolded(ics);
    expect(ics.split('\r\n').some((l) => l.startsWith(' '))).to.equal(true);
    expect(only(event).getFirstPropertyValue('description')).to.equal(text);
    // Every cut position: titles shifted one octet at a time against multi-byte characters.
    for (let k = 0; k < 8; k++) {
      const title = `${'a'.repeat(k)}${'é€👩‍🎓𝄞'.repeat(30)}`;
      const one = hand({ titre: title });
      const file = eventsToIcs([one], { now: NOW, lang: 'fr' });
      expectWellFolded(file);
      expect(only(one).getFirstPropertyValue('summary')).to.equal(title);
    }
  });

  it('never writes an unsafe URL, script or markup into the file', () => {
    const event = hand({
      titre: '<b>Forum</b> javascript:alert(1)',
      description: '&lt;script&gt;x&lt;/script&gt;<img src=x onerror=alert(1)>Texte',
      lien_inscription: 'javascript:alert(1)',
      lien_en_ligne: 'JaVaScRiPt:alert(2)',
      en_ligne: 1,
      accessibilite: '<script>alert(3)</script>Rampe',
    });
    const ics = eventsToIcs([event], { now: NOW, lang: 'fr' });
    const flat = unfolded(ics).join('\n');
    expect(flat.toLowerCase()).to.not.include('javascript:');
    expect(flat).to.not.match(/<script|<img|onerror/i);
    expect(raw(ics, 'URL')).to.equal(undefined);
    const v = only(event);
    expect(v.hasProperty('url')).to.equal(false);
    expect(String(v.getFirstPropertyValue('description'))).to.equal('Texte\n\nEn ligne\nAccessibilité : Rampe');
    // Data or other schemes do not pass either; an http(s) registration link does.
    const data = hand({ lien_inscription: 'data:text/html,<script>alert(1)</script>', en_ligne: 1, lien_en_ligne: 'ftp://x.example/a' });
    expect(only(data).hasProperty('url')).to.equal(false);
    expect(eventsToIcs([data], { now: NOW, lang: 'fr' })).to.not.match(/data:|ftp:/);
    const ok = hand({ lien_inscription: ' https://inscription.exemple.fr/a?b=1,2;c ' });
    expect(only(ok).getFirstPropertyValue('url')).to.equal('https://inscription.exemple.fr/a?b=1,2;c');
  });

  it('handles an empty list, an event without end and an online event', () => {
    const empty = eventsToIcs([], { now: NOW, lang: 'fr' });
    expect(empty).to.equal('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//carif-oref-widgets//event-agenda//FR\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n');
    const { cal, events } = parse(empty);
    expect(cal.name).to.equal('vcalendar');
    expect(events).to.have.length(0);

    const noEnd = only(hand({ fin: null }));
    expect(noEnd.hasProperty('dtstart')).to.equal(true);
    expect(noEnd.hasProperty('dtend')).to.equal(false);

    const online = hand({ en_ligne: 1, lien_en_ligne: 'https://visio.exemple.fr/e-1', lieu_nom: null, adresse: null, code_postal: null, commune: null, geo: null });
    const v = only(online);
    expect(v.getFirstPropertyValue('location')).to.equal('https://visio.exemple.fr/e-1');
    expect(v.getFirstPropertyValue('url')).to.equal('https://visio.exemple.fr/e-1');
    expect(v.hasProperty('geo')).to.equal(false);
    const noLink = hand({ en_ligne: 1, lien_en_ligne: null, lieu_nom: null, adresse: null, code_postal: null, commune: null, geo: null });
    expect(only(noLink).getFirstPropertyValue('location')).to.equal('En ligne');
    expect(only(noLink, 'en').getFirstPropertyValue('location')).to.equal('Online');
  });

  it('writes the details and category in the language asked for', async () => {
    await eventCodes.load('en');
    const event = hand({
      description: '&lt;p&gt;Venez nombreux.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Stands&lt;/li&gt;&lt;li&gt;Ateliers&lt;/li&gt;&lt;/ul&gt;',
      organisateur: 'Cité des métiers',
      gratuit: 0,
      prix: '5 €',
      lien_inscription: 'https://inscription.exemple.fr/e-2',
      inscription_obligatoire: 1,
      accessibilite: 'Accessible PMR',
    });
    const fr = only(event, 'fr');
    expect(fr.getFirstPropertyValue('description')).to.equal(
      'Venez nombreux.\n- Stands\n- Ateliers\n\nOrganisateur : Cité des métiers\nTarif : 5 €\nInscription : https://inscription.exemple.fr/e-2\nInscription obligatoire\nAccessibilité : Accessible PMR',
    );
    expect(fr.getFirstProperty('categories')?.getValues()).to.deep.equal(['Forum, salon']);
    const en = only(event, 'en');
    expect(en.getFirstPropertyValue('description')).to.equal(
      'Venez nombreux.\n- Stands\n- Ateliers\n\nOrganiser: Cité des métiers\nPrice: 5 €\nRegistration: https://inscription.exemple.fr/e-2\nRegistration required\nAccessibility: Accessible PMR',
    );
    expect(en.getFirstProperty('categories')?.getValues()).to.deep.equal(['Fair, exhibition']);
    // A very long description is cut, without breaking a surrogate pair.
    const long = only(hand({ description: '👩‍🎓'.repeat(3000) }));
    const text = String(long.getFirstPropertyValue('description')).split('\n\n')[0]!;
    expect(Array.from(text).length).to.be.at.most(4000);
    expect(text.endsWith('…')).to.equal(true);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(text)).to.equal(false);
  });

  it('gives safe download file names', () => {
    expect(icsFileName('Forum de l’orientation, Besançon!')).to.equal('forum-de-l-orientation-besancon.ics');
    expect(icsFileName('Œuvres & métiers : Straße — 2027')).to.equal('oeuvres-metiers-strasse-2027.ics');
    expect(icsFileName('')).to.equal('evenement.ics');
    expect(icsFileName('  ¡¿ 👩‍🎓 !? ')).to.equal('evenement.ics');
    expect(icsFileName('../../etc/passwd')).to.equal('etc-passwd.ics');
    expect(icsFileName('CON')).to.equal('evenement-con.ics');
    const long = icsFileName('Journée portes ouvertes du lycée professionnel régional des métiers de l’automobile et du transport');
    expect(long.length).to.be.at.most(60);
    expect(long).to.match(/^[a-z0-9]+(-[a-z0-9]+)*\.ics$/);
    expect(long.startsWith('journee-portes-ouvertes-du-lycee-professionnel')).to.equal(true);
    expect(icsFileName('x'.repeat(200))).to.equal(`${'x'.repeat(56)}.ics`);
  });
});
