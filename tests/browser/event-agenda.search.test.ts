import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/event-agenda/define.js';
import type { CarifEventAgenda } from '../../src/event-agenda/event-agenda.js';
import { buildWhere, dateWindow, eventDays, initialState, monthGrid, type AgendaState } from '../../src/data/evenements/query.js';
import type { AgendaEvent } from '../../src/data/evenements/record.js';
import type { CarifResultsDetail } from '../../src/core/events.js';
import { haversineKm } from '../../src/data/distance.js';
import { $, $$, apiRecords, freshCache, nextEvent, settled } from '../helpers/helpers.js';

type Results = CarifResultsDetail<AgendaEvent>;
type Raw = { id: string; debut: string; fin: string | null; type: string; publics: string[]; departement: string; en_ligne: number; gratuit: number };

/** Tuesday 24 November 2026, 10:00 in Paris. */
const NOW = new Date('2026-11-24T09:00:00Z');

async function mount(template = html`<carif-event-agenda .now=${NOW}></carif-event-agenda>`): Promise<CarifEventAgenda> {
  freshCache();
  const el = await fixture<CarifEventAgenda>(template);
  await settled(el);
  return el;
}

async function resultsAfter(el: CarifEventAgenda, action: () => unknown): Promise<Results> {
  const event = nextEvent<Results>(el, 'carif-results');
  await action();
  const e = await event;
  await settled(el);
  return e.detail;
}

/** Every sample event, straight from the embedded API: the oracle the widget is compared with. */
let all: Raw[] = [];
async function allEvents(): Promise<Raw[]> {
  if (all.length) return all;
  const pages = await Promise.all([0, 100, 200, 300, 400].map((offset) => apiRecords('evenements', { limit: '100', offset: String(offset), order_by: 'id' })));
  all = pages.flatMap((p) => p.results) as unknown as Raw[];
  return all;
}

/** Ids of the events on at or after `from` (ended later, or starting then) and starting before `to`. */
async function expected(from: Date, to: Date | null, keep: (e: Raw) => boolean = () => true): Promise<string[]> {
  return (await allEvents())
    .filter((e) => (new Date(e.fin ?? e.debut) >= from || new Date(e.debut) >= from) && (!to || new Date(e.debut) < to) && keep(e))
    .map((e) => e.id)
    .sort();
}

const idsOf = (r: Results) => r.items.map((e) => e.id).sort();

const box = (el: Element, group: string, value: string) => {
  const b = $<HTMLInputElement>(el, `fieldset[data-group="${group}"] input[value="${value}"]`);
  if (!b) throw new Error(`no checkbox ${group}=${value}`);
  return b;
};
const shownCount = (el: Element, group: string, value: string) => Number(box(el, group, value).closest('label')!.querySelector('.count')!.textContent!.replace(/[^\d]/g, ''));

const state = (patch: Partial<AgendaState>): AgendaState => ({ ...initialState(), ...patch });

describe('event agenda: dates on the Paris calendar', () => {
  afterEach(() => executeServerCommand('set-timezone', { zone: '' }));

  it('"this week" ends on Sunday night in Paris, across the change to summer time', () => {
    const wednesday = new Date('2027-03-24T09:00:00Z');
    const w = dateWindow(state({ range: 'week' }), wednesday, false);
    expect(w.from!.toISOString()).to.equal(wednesday.toISOString());
    // Monday 29 March 2027 00:00 in Paris is already summer time (UTC+2).
    expect(w.to!.toISOString()).to.equal('2027-03-28T22:00:00.000Z');
    // In winter, Monday 00:00 in Paris is 23:00 UTC the day before.
    expect(dateWindow(state({ range: 'week' }), new Date('2027-01-13T12:00:00Z'), false).to!.toISOString()).to.equal('2027-01-17T23:00:00.000Z');
    // On a Sunday, "this week" is that Sunday only.
    expect(dateWindow(state({ range: 'week' }), new Date('2027-01-17T12:00:00Z'), false).to!.toISOString()).to.equal('2027-01-17T23:00:00.000Z');
  });

  it('"this month" ends with the Paris month, even when UTC is still in the month before', () => {
    // 30 April 2027 at 23:30 UTC is already 1 May 01:30 in Paris: "this month" is May.
    const w = dateWindow(state({ range: 'month' }), new Date('2027-04-30T23:30:00Z'), false);
    expect(w.to!.toISOString()).to.equal('2027-05-31T22:00:00.000Z');
    expect(dateWindow(state({ range: 'month' }), new Date('2027-04-29T08:00:00Z'), false).to!.toISOString()).to.equal('2027-04-30T22:00:00.000Z');
    // December to January, winter time.
    expect(dateWindow(state({ range: 'month' }), new Date('2026-12-31T10:00:00Z'), false).to!.toISOString()).to.equal('2026-12-31T23:00:00.000Z');
  });

  it('a custom range takes whole Paris days, its last day included; past events stay hidden unless asked', () => {
    const s = state({ range: 'custom', from: '2027-03-27', to: '2027-03-28' });
    const past = dateWindow(s, NOW, true);
    expect(past.from!.toISOString()).to.equal('2027-03-26T23:00:00.000Z');
    expect(past.to!.toISOString()).to.equal('2027-03-28T22:00:00.000Z');
    // A range that starts before now starts at now when past events are hidden.
    const hidden = dateWindow(state({ range: 'custom', from: '2026-11-01', to: '2026-11-30' }), NOW, false);
    expect(hidden.from!.toISOString()).to.equal(NOW.toISOString());
    expect(dateWindow(state({}), NOW, true)).to.deep.equal({ from: null, to: null });
  });

  it('gives the same instants to a visitor whose own clock is in another time zone', async () => {
    const paris = dateWindow(state({ range: 'week' }), new Date('2027-03-24T09:00:00Z'), false);
    for (const zone of ['America/Los_Angeles', 'Pacific/Auckland']) {
      await executeServerCommand('set-timezone', { zone });
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
      expect(dateWindow(state({ range: 'week' }), new Date('2027-03-24T09:00:00Z'), false)).to.deep.equal(paris);
      expect(eventDays(new Date('2027-03-27T22:30:00Z'), new Date('2027-03-28T23:30:00Z'))).to.deep.equal(['2027-03-27', '2027-03-28', '2027-03-29']);
    }
  });

  it('an event without an end stays listed until the end of the Paris day it starts on', async () => {
    const where = buildWhere(state({}), [], { from: NOW, to: null });
    expect(where).to.equal("`fin` >= date'2026-11-24T09:00:00.000Z' or (`fin` is null and `debut` >= date'2026-11-23T23:00:00.000Z')");
    // tests/node/api.test.mjs checks that the embedded API reads this very clause that way.
  });

  it('month grids start on Monday; an event covers each Paris day it runs on', () => {
    const nov = monthGrid('2026-11');
    expect(nov.length).to.equal(6);
    expect(nov[0]![0]).to.equal('2026-10-26');
    expect(nov[0]![6]).to.equal('2026-11-01');
    expect(nov.at(-1)![6]).to.equal('2026-12-06');
    const feb = monthGrid('2027-02');
    expect(feb.length).to.equal(4);
    expect(feb[0]![0]).to.equal('2027-02-01');
    // Friday 30 January 18:00 to Tuesday 2 February 12:00 (Paris), over a month end.
    expect(eventDays(new Date('2027-01-30T17:00:00Z'), new Date('2027-02-02T11:00:00Z'))).to.deep.equal(['2027-01-30', '2027-01-31', '2027-02-01', '2027-02-02']);
    // An end at midnight does not add the next day; 23:30 UTC is already the next day in Paris.
    expect(eventDays(new Date('2027-01-30T18:00:00Z'), new Date('2027-01-30T23:00:00Z'))).to.deep.equal(['2027-01-30']);
    expect(eventDays(new Date('2027-01-30T23:30:00Z'), null)).to.deep.equal(['2027-01-31']);
  });
});

describe('<carif-event-agenda> search', () => {
  it('lists the coming events in time order, grouped by month and by day, with the API total', async () => {
    const first = nextEvent<Results>(document, 'carif-results');
    const el = await mount(html`<carif-event-agenda .now=${NOW} page-size="100"></carif-event-agenda>`);
    const r = (await first).detail;
    const ids = await expected(NOW, null);
    expect(r.total).to.equal(ids.length);
    expect(r.total).to.be.within(300, 419);
    expect($(el, '#results-heading')!.textContent).to.contain(`${r.total} événements`);
    const starts = r.items.map((e) => e.start.getTime());
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    expect(r.query.orderBy).to.equal('debut asc, id asc');
    // Headings: months, then days in Paris, each card under the day it starts (or today when already on).
    expect($(el, '.month-title')!.textContent).to.equal('novembre 2026');
    expect($(el, '.day-title')!.textContent).to.equal('mardi 24 novembre 2026');
    const cards = $$(el, '.list li[data-id]');
    expect(cards.length).to.equal(100);
    // On paper (drawn from beforeprint to afterprint), every card says whom to ask.
    dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    for (const card of cards) expect(card.querySelector('.print-only .contact'), card.dataset.id).to.exist;
    dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($$(el, '.list .print-only').length, 'the paper-only block is drawn on screen').to.equal(0);
    expect($(el, '[part="sample-notice"]')).to.exist;
  });

  it('hides past events by default and shows them with show-past', async () => {
    const el = await mount(html`<carif-event-agenda .now=${NOW} show-past page-size="5"></carif-event-agenda>`);
    const total = Number($(el, '#results-heading')!.textContent!.replace(/[^\d]/g, ''));
    expect(total).to.equal(420);
    expect($(el, '.month-title')!.textContent).to.equal('octobre 2026');
    const coming = await mount(html`<carif-event-agenda .now=${NOW} page-size="5"></carif-event-agenda>`);
    expect(Number($(coming, '#results-heading')!.textContent!.replace(/[^\d]/g, ''))).to.equal((await expected(NOW, null)).length);
  });

  for (const [range, to] of [
    ['week', '2027-03-29T00:00:00+02:00'],
    ['month', '2027-04-01T00:00:00+02:00'],
  ] as const) {
    it(`"this ${range}" around the change to summer time: the same events as the data say`, async () => {
      const now = new Date('2027-03-24T09:00:00Z');
      const el = await mount(html`<carif-event-agenda .now=${now} page-size="100"></carif-event-agenda>`);
      const radio = $<HTMLInputElement>(el, `input[name="range"][value="${range}"]`)!;
      const r = await resultsAfter(el, () => radio.click());
      const ids = await expected(now, new Date(to));
      expect(ids.length).to.be.greaterThan(0);
      expect(idsOf(r)).to.deep.equal(ids);
    });
  }

  it('"this week" over a month end, and a custom range typed in the date fields', async () => {
    const now = new Date('2027-04-29T08:00:00Z'); // Thursday 29 April 2027
    const el = await mount(html`<carif-event-agenda .now=${now} page-size="100"></carif-event-agenda>`);
    const week = await resultsAfter(el, () => $<HTMLInputElement>(el, 'input[name="range"][value="week"]')!.click());
    expect(idsOf(week)).to.deep.equal(await expected(now, new Date('2027-05-03T00:00:00+02:00')));
    const month = await resultsAfter(el, () => $<HTMLInputElement>(el, 'input[name="range"][value="month"]')!.click());
    expect(idsOf(month)).to.deep.equal(await expected(now, new Date('2027-05-01T00:00:00+02:00')));
    expect(month.total).to.be.lessThan(week.total);
    await resultsAfter(el, () => $<HTMLInputElement>(el, 'input[name="range"][value="custom"]')!.click());
    const setDate = (name: string, value: string) => {
      const input = $<HTMLInputElement>(el, `input[name="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('change'));
    };
    await resultsAfter(el, () => setDate('from', '2027-05-20'));
    const custom = await resultsAfter(el, () => setDate('to', '2027-06-05'));
    expect(idsOf(custom)).to.deep.equal(await expected(new Date('2027-05-20T00:00:00+02:00'), new Date('2027-06-06T00:00:00+02:00')));
    expect(custom.total).to.be.greaterThan(0);
    // An end before the start is said plainly.
    await resultsAfter(el, () => setDate('to', '2027-05-01'));
    expect($(el, '.field-error')!.textContent).to.match(/avant la date de début/);
  });

  it('from/to presets give the first list; an invalid preset is ignored with a warning', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const first = nextEvent<Results>(document, 'carif-results');
      await mount(html`<carif-event-agenda .now=${NOW} from="2027-02-01" to="2027-02-28" page-size="100"></carif-event-agenda>`);
      expect(idsOf((await first).detail)).to.deep.equal(await expected(new Date('2027-02-01T00:00:00+01:00'), new Date('2027-03-01T00:00:00+01:00')));
      await mount(html`<carif-event-agenda .now=${NOW} from="2027-02-30" types="forum_salon bal_masque" view="agenda"></carif-event-agenda>`);
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).to.match(/from="2027-02-30" is not a date/).and.match(/types="bal_masque"/).and.match(/view="agenda"/);
  });

  for (const [group, field, check] of [
    ['type', 'type', (e: AgendaEvent, v: string) => e.type === v],
    ['public', 'publics', (e: AgendaEvent, v: string) => e.publics.includes(v)],
    ['department', 'departement', (e: AgendaEvent, v: string) => e.place.departement === v],
  ] as const) {
    it(`filters by ${group}: the total matches the count shown and the data`, async () => {
      const el = await mount(html`<carif-event-agenda .now=${NOW} page-size="100"></carif-event-agenda>`);
      await waitUntil(() => $$(el, `fieldset[data-group="${group}"] .count`).length > 0, `no ${group} counts`);
      const value = $$<HTMLInputElement>(el, `fieldset[data-group="${group}"] input`)[1]!.value;
      const shown = shownCount(el, group, value);
      const r = await resultsAfter(el, () => box(el, group, value).click());
      expect(r.total).to.equal(shown);
      const oracle = await expected(NOW, null, (e) => (Array.isArray(e[field]) ? (e[field] as string[]).includes(value) : e[field] === value));
      expect(r.total).to.equal(oracle.length);
      expect(r.total).to.be.greaterThan(0);
      for (const item of r.items) expect(check(item, value), `${item.id} ${group}=${value}`).to.equal(true);
    });
  }

  it('event types come in a fixed order with plain labels, never by popularity', async () => {
    const el = await mount();
    await waitUntil(() => $$(el, 'fieldset[data-group="type"] .count').length > 0);
    const values = $$<HTMLInputElement>(el, 'fieldset[data-group="type"] input').map((i) => i.value);
    expect(values.slice(0, 3)).to.deep.equal(['forum_salon', 'portes_ouvertes', 'nuit_orientation']);
    expect($(el, 'fieldset[data-group="type"]')!.textContent).to.contain('Journée portes ouvertes');
  });

  it('on site or online, and free only', async () => {
    const el = await mount(html`<carif-event-agenda .now=${NOW} page-size="100"></carif-event-agenda>`);
    const select = $<HTMLSelectElement>(el, '#attendance')!;
    const online = await resultsAfter(el, () => {
      select.value = 'online';
      select.dispatchEvent(new Event('change'));
    });
    expect(online.total).to.equal((await expected(NOW, null, (e) => e.en_ligne === 1)).length);
    expect(online.total).to.be.greaterThan(0);
    for (const e of online.items) expect(e.online).to.equal(true);
    expect($(el, '.card')!.textContent).to.contain('En ligne');
    const onsite = await resultsAfter(el, () => {
      select.value = 'onsite';
      select.dispatchEvent(new Event('change'));
    });
    expect(onsite.total + online.total).to.equal((await expected(NOW, null)).length);
    const free = await resultsAfter(el, () => $<HTMLInputElement>(el, 'input[name="free"]')!.click());
    expect(free.total).to.equal((await expected(NOW, null, (e) => e.en_ligne === 0 && e.gratuit === 1)).length);
    for (const e of free.items) expect(e.free).to.equal(true);
    // Clearing brings everything back.
    const cleared = await resultsAfter(el, () => $<HTMLButtonElement>(el, '[part~="clear-button"]')!.click());
    expect(cleared.total).to.equal((await expected(NOW, null)).length);
  });

  it('near a commune: only events within the radius, with their distance', async () => {
    const first = nextEvent<Results>(document, 'carif-results');
    const el = await mount(html`<carif-event-agenda .now=${NOW} near="47.2378,6.0241" radius="30" page-size="100"></carif-event-agenda>`);
    const r = (await first).detail;
    expect(r.total).to.be.greaterThan(0).and.lessThan(100);
    for (const e of r.items) expect(haversineKm({ lat: 47.2378, lon: 6.0241 }, e.place.geo!)).to.be.at.most(30.01);
    expect($(el, '.distance')).to.exist;
    expect($(el, '#remove-place')).to.exist;
  });

  it('searches words, and a region preset keeps to that region', async () => {
    const el = await mount(html`<carif-event-agenda .now=${NOW} region="27"></carif-event-agenda>`);
    const input = $<HTMLInputElement>(el, '#q')!;
    const r = await resultsAfter(el, () => {
      input.value = 'job dating';
      input.dispatchEvent(new Event('input'));
      $<HTMLFormElement>(el, 'form.search')!.requestSubmit();
    });
    expect(r.total).to.be.greaterThan(0);
    for (const e of r.items) expect(e.place.region).to.equal('27');
    expect(r.items.some((e) => /job dating/i.test(e.title))).to.equal(true);
    expect(r.query.where).to.contain('"job dating"');
  });

  it('says times are Paris times, and gives the visitor their own time when their clock is elsewhere', async () => {
    try {
      await executeServerCommand('set-timezone', { zone: 'Europe/Paris' });
      const paris = await mount(html`<carif-event-agenda .now=${NOW} page-size="5"></carif-event-agenda>`);
      expect($(paris, '.results')!.textContent).to.not.contain('Heures de Paris');
      await executeServerCommand('set-timezone', { zone: 'America/New_York' });
      const el = await mount(html`<carif-event-agenda .now=${NOW} page-size="5"></carif-event-agenda>`);
      expect($(el, '.results')!.textContent).to.contain('Heures de Paris (France).');
      // Visite d’entreprise — Auxerre, Tuesday 24 November 2026 at 09:00 in Paris: 03:00 in New York.
      const card = $(el, 'li[data-id="EVT-27-0012"]') ?? $$(el, 'li[data-id]').find((li) => li.textContent!.includes('9\u00a0h à 17\u00a0h'))!;
      expect(card.textContent).to.contain('de 9\u00a0h à 17\u00a0h');
      card.querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'no detail');
      await waitUntil(() => $(el, '.elsewhere'), 'no local time');
      expect($(el, '.elsewhere')!.textContent).to.match(/Chez vous \(America\/New_York\) : mar\. 24 nov\.,? 3\u00a0h/);
      $<HTMLDialogElement>(el, 'dialog')!.close();
    } finally {
      await executeServerCommand('set-timezone', { zone: '' });
    }
  });

  it('without a set clock, a page shown again after a while reads the clock again and drops ended events', async () => {
    const el = await mount(html`<carif-event-agenda page-size="5"></carif-event-agenda>`);
    // The widget's clock (src/event-agenda/clock.ts), read through its private field.
    const clockOf = (x: Element) => (x as unknown as { clock: { read: Date } }).clock;
    const first = clockOf(el).read;
    // As if the list had been made an hour ago: coming back to the page gives a fresh one.
    clockOf(el).read = new Date(Date.now() - 3_600_000);
    await resultsAfter(el, () => el.requestUpdate());
    const r = await resultsAfter(el, () => document.dispatchEvent(new Event('visibilitychange')));
    const clock = clockOf(el).read;
    expect(clock.getTime()).to.be.at.least(first.getTime());
    const from = new Date(clock.getTime() - (clock.getTime() % 60_000)).toISOString();
    expect(r.query.where).to.contain(`\`fin\` >= date'${from}'`);
    // A fresh clock is not read again.
    let again = false;
    el.addEventListener('carif-results', () => (again = true), { once: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(again).to.equal(false);
  });

  it('the calendar opens on the month of its clock, also when the clock is set later', async () => {
    const el = await mount(html`<carif-event-agenda .now=${new Date('2027-06-15T10:00:00Z')} view="month"></carif-event-agenda>`);
    expect($(el, '#month-label')!.textContent).to.equal('juin 2027');
    expect($(el, 'td[tabindex="0"]')!.dataset.day).to.equal('2027-06-15');
    await resultsAfter(el, () => (el.now = new Date('2027-09-01T10:00:00Z')));
    expect($(el, '#month-label')!.textContent).to.equal('septembre 2027');
    expect($(el, 'td[aria-current="date"]')!.dataset.day).to.equal('2027-09-01');
  });

  it('in the month view, "back to today" comes back to this month with the focus on today', async () => {
    const el = await mount(html`<carif-event-agenda .now=${NOW} view="month"></carif-event-agenda>`);
    expect($(el, '.today-button')).to.equal(null);
    const next = $$<HTMLButtonElement>(el, '.month-nav button').find((b) => b.textContent!.includes('Mois suivant'))!;
    await resultsAfter(el, () => next.click());
    await resultsAfter(el, () => next.click());
    expect($(el, '#month-label')!.textContent).to.equal('janvier 2027');
    await resultsAfter(el, () => $<HTMLButtonElement>(el, '.today-button')!.click());
    expect($(el, '#month-label')!.textContent).to.equal('novembre 2026');
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-day') === '2026-11-24', 'focus is not on today');
    expect($(el, 'td[data-day="2026-11-24"]')!.getAttribute('aria-current')).to.equal('date');
    expect($(el, '.today-button')).to.equal(null);
  });

  it('in the month view, the grid holds every event of the month on each of its Paris days', async () => {
    const first = nextEvent<Results>(document, 'carif-results');
    const el = await mount(html`<carif-event-agenda .now=${NOW} view="month" from="2027-03-01" show-past></carif-event-agenda>`);
    const r = (await first).detail;
    expect(idsOf(r)).to.deep.equal(await expected(new Date('2027-03-01T00:00:00+01:00'), new Date('2027-04-01T00:00:00+02:00')));
    expect($(el, '#month-label')!.textContent).to.equal('mars 2027');
    // EVT-27-0281 runs from Sunday 28 to Tuesday 30 March: it is on each of those days.
    for (const day of ['2027-03-28', '2027-03-29', '2027-03-30']) expect($(el, `td[data-day="${day}"]`)!.textContent, day).to.contain('Montmorot');
    const counts = $$(el, 'td[data-day^="2027-03"]').map((td) => td.querySelector('.visually-hidden')!.textContent!);
    expect(counts.find((c) => c.startsWith('lundi 29 mars 2027'))).to.match(/5 événements/);
  });
});
