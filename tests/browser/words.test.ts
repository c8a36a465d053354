/**
 * Results, words and numbers (issue 14): what the four widgets say, read as a person reads it.
 * Each block failed before its change (see the commit messages).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import 'axe-core';
import '../../src/training-search/define.js';
import '../../src/venue-map/define.js';
import '../../src/event-agenda/define.js';
import '../../src/internship-board/define.js';
import type { CarifVenueMap } from '../../src/venue-map/venue-map.js';
import type { Venue } from '../../src/data/lieux/record.js';
import type { CarifResultsDetail } from '../../src/core/events.js';
import type { TrainingSession } from '../../src/data/formations/record.js';
import { formatDate, formatParis, formatTime } from '../../src/core/format.js';
import { openingStatus } from '../../src/venue-map/hours.js';
import { sessionText } from '../../src/training-search/parts.js';
import { trainingStrings } from '../../src/training-search/strings.js';
import { $, $$, faultBase, freshCache, nextEvent, settled } from '../helpers/helpers.js';

type Settles = HTMLElement & { updateComplete: Promise<boolean> };
const NOW = new Date('2026-11-24T09:00:00Z');
const NBSP = '\u00a0';

async function mount<T extends Settles>(template: ReturnType<typeof html>): Promise<T> {
  freshCache();
  const el = await fixture<T>(template);
  await settled(el, 10_000);
  return el;
}

const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The value of the card fact whose term is `term`, on every card. */
const facts = (el: Element, term: string) => $$(el, '.card .facts > div').filter((d) => text(d.querySelector('dt')) === term).map((d) => text(d.querySelector('dd')));

describe('numbers are said once', () => {
  it('the board says "20 jours" and "5 offres en ligne", not "20 20 jours", in French and English', async () => {
    const fr = await mount(html`<carif-internship-board></carif-internship-board>`);
    const days = facts(fr, 'Durée');
    expect(days.length).to.be.greaterThan(0);
    for (const d of days) expect(d).to.match(/^\d+ jours?$/);
    const en = await mount(html`<carif-internship-board lang="en"></carif-internship-board>`);
    await waitUntil(() => facts(en, 'Length').length, 'no English card');
    for (const d of facts(en, 'Length')) expect(d).to.match(/^\d+ days?$/);
    const employers = await mount(html`<carif-internship-board mode="employers"></carif-internship-board>`);
    const offers = $$(employers, '.card [part~="employer-offers"]').map(text);
    expect(offers.length).to.be.greaterThan(0);
    for (const o of offers) expect(o).to.match(/^\d+ offres? en ligne$/);
  });
});

describe('zero results', () => {
  it('say "Aucun …" / "Aucune …" in the four widgets, not "0 …"', async () => {
    const base = faultBase('empty');
    const cases: [ReturnType<typeof html>, string][] = [
      [html`<carif-training-search api-base=${base}></carif-training-search>`, 'Aucune formation trouvée'],
      [html`<carif-venue-map api-base=${base} tile-url="none"></carif-venue-map>`, 'Aucun lieu trouvé'],
      [html`<carif-event-agenda api-base=${base} .now=${NOW}></carif-event-agenda>`, 'Aucun événement'],
      [html`<carif-internship-board api-base=${base}></carif-internship-board>`, 'Aucune offre trouvée'],
    ];
    for (const [template, said] of cases) {
      const el = await mount(template);
      expect(text($(el, '#results-heading'))).to.equal(said);
    }
  });
});

describe('labels are said once', () => {
  it('no filter group has a legend that repeats the label of its own control (board, agenda)', async () => {
    const board = await mount(html`<carif-internship-board></carif-internship-board>`);
    const agenda = await mount(html`<carif-event-agenda .now=${NOW}></carif-event-agenda>`);
    for (const el of [board, agenda]) {
      const fieldsets = $$(el, 'fieldset');
      expect(fieldsets.length).to.be.greaterThan(2);
      for (const f of fieldsets) {
        const legend = text(f.querySelector('legend'));
        const labels = [...f.querySelectorAll('label[for]')].map(text);
        expect(labels, `${el.localName}: ${legend}`).to.not.include(legend);
      }
    }
    await expect(board).to.be.accessible();
    await expect(agenda).to.be.accessible();
  });
});

describe('the pager', () => {
  const pager = (el: Element) => $$(el, '.pagination li').map(text);
  const current = (el: Element) => $(el, '.pagination [aria-current="page"]');

  it('shows the first and last pages and where you are: "1 … 4 5 6 … 520", with spoken names', async () => {
    const el = await mount<Settles>(html`<carif-training-search></carif-training-search>`);
    expect(pager(el)).to.deep.equal(['1', '2', '…', '520']);
    expect(current(el)!.getAttribute('aria-label')).to.equal('Page 1, page actuelle');
    const go = async (n: string) => {
      const results = nextEvent(el, 'carif-results');
      $$<HTMLButtonElement>(el, '.pagination li button').find((b) => text(b) === n)!.click();
      await results;
      await settled(el);
    };
    await go('2');
    await go('3');
    await go('4');
    expect(pager(el)).to.deep.equal(['1', '2', '3', '4', '5', '…', '520']);
    await go('5');
    expect(pager(el)).to.deep.equal(['1', '…', '4', '5', '6', '…', '520']);
    expect(current(el)!.getAttribute('aria-label')).to.equal('Page 5, page actuelle');
    expect($$(el, '.pagination li button:not([aria-current="page"])').map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Page 1', 'Page 4', 'Page 6', 'Page 520']);
    // The ellipses are not read out; every page is a button, so Tab and Enter reach it.
    for (const li of $$(el, '.pagination li').filter((l) => text(l) === '…')) expect(li.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
    await go('520');
    expect(pager(el)).to.deep.equal(['1', '…', '519', '520']);
    expect($(el, '[part="error"]')).to.equal(null);
  });
});

describe('French dates and times', () => {
  it('say "1er" for the first of the month and "9 h" / "9 h 30"; English keeps Intl', () => {
    expect(formatDate('fr', '2026-12-01')).to.equal('1er décembre 2026');
    expect(formatDate('fr', '2026-12-02')).to.equal('2 décembre 2026');
    expect(formatParis('fr', '2026-12-01', { weekday: 'long', day: 'numeric', month: 'long' })).to.equal('mardi 1er décembre');
    expect(formatTime('fr', new Date('2026-12-01T08:00:00Z'))).to.equal(`9${NBSP}h`);
    expect(formatTime('fr', new Date('2026-12-01T08:30:00Z'))).to.equal(`9${NBSP}h${NBSP}30`);
    expect(formatTime('fr', new Date('2026-12-01T13:05:00Z'))).to.equal(`14${NBSP}h${NBSP}05`);
    expect(formatDate('en', '2026-12-01')).to.equal('1 December 2026');
    expect(formatTime('en', new Date('2026-12-01T08:30:00Z'))).to.equal('09:30');
  });

  it('a session known to the month reads "d’octobre 2026 au 25 avril 2027"', () => {
    const t = trainingStrings.get('fr');
    const session = (start: TrainingSession['start'], end: TrainingSession['end']) => ({ start, end }) as TrainingSession;
    expect(sessionText(session({ precision: 'month', iso: '2026-10-01' }, { precision: 'day', iso: '2027-04-25' }), t, 'fr')).to.equal('d’octobre 2026 au 25 avril 2027');
    expect(sessionText(session({ precision: 'month', iso: '2027-03-01' }, { precision: 'month', iso: '2027-06-01' }), t, 'fr')).to.equal('de mars 2027 à juin 2027');
    expect(sessionText(session({ precision: 'day', iso: '2027-03-01' }, { precision: 'day', iso: '2027-06-30' }), t, 'fr')).to.equal('du 1er mars 2027 au 30 juin 2027');
    expect(sessionText(session({ precision: 'unknown' }, { precision: 'month', iso: '2027-04-01' }), t, 'fr')).to.equal('jusqu’en avril 2027');
  });
});

describe('English pages speak English', () => {
  it('the training search translates the data’s "16 mois" into "16 months"', async () => {
    const el = await mount<Settles>(html`<carif-training-search lang="en"></carif-training-search>`);
    await waitUntil(() => facts(el, 'Length').length, 'no English card');
    const lengths = facts(el, 'Length');
    for (const l of lengths) expect(l).to.not.match(/mois/);
    expect(lengths.some((l) => /^\d+ months?/.test(l))).to.equal(true);
  });
});

describe('the venue map, open now, when nothing is open', () => {
  it('says when and where the first venue opens, on the Paris clock, in plain French', async () => {
    freshCache();
    const el = await fixture<CarifVenueMap>(html`<carif-venue-map tile-url="none"></carif-venue-map>`);
    const first = nextEvent<CarifResultsDetail<Venue>>(el, 'carif-results');
    await settled(el, 10_000);
    const items = (await first).detail.items;
    el.now = new Date('2026-11-24T19:55:00Z'); // Tuesday 20:55 in Paris
    await el.updateComplete;
    $<HTMLInputElement>(el, 'input[name="open"]')!.click();
    await settled(el);
    expect(text($(el, '#results-heading'))).to.equal('Aucun lieu trouvé');
    // The oracle: the earliest next opening, the first venue in list order among equals.
    let best: { v: Venue; at: number; minutes: number } | null = null;
    for (const v of items) {
      const s = openingStatus(v.hours, el.now);
      expect(s.state).to.not.equal('open');
      if (s.state === 'closed' && s.opens && (!best || s.opens.inDays * 1440 + s.opens.minutes < best.at)) best = { v, at: s.opens.inDays * 1440 + s.opens.minutes, minutes: s.opens.minutes };
    }
    expect(best!.at).to.be.lessThan(2 * 1440);
    const h = Math.floor(best!.minutes / 60);
    const m = best!.minutes % 60;
    const time = `${h}${NBSP}h${m ? `${NBSP}${String(m).padStart(2, '0')}` : ''}`;
    expect(text($(el, '.state.empty'))).to.equal(`Aucun lieu n’est ouvert en ce moment. Prochaine ouverture demain à ${time} : ${best!.v.name}.`.replace(/\s+/g, ' '));
    await expect(el).to.be.accessible();
  });
});

describe('the agenda', () => {
  it('the choice pills have their text in the middle, at 1280 and 320 px', async () => {
    for (const width of [1280, 320]) {
      await setViewport({ width, height: 800 });
      const el = await mount(html`<carif-event-agenda .now=${NOW}></carif-event-agenda>`);
      const labels = $$(el, 'fieldset.choice label.check');
      expect(labels.length).to.equal(2);
      for (const label of labels) {
        const range = document.createRange();
        range.selectNodeContents(label);
        const box = label.getBoundingClientRect();
        const words = [...range.getClientRects()].filter((r) => r.width > 20).at(-1)!;
        const off = Math.abs(words.top + words.height / 2 - (box.top + box.height / 2));
        expect(off, `${width}px: ${text(label)} is ${off.toFixed(1)} px off centre`).to.be.lessThan(2.5);
      }
    }
    await setViewport({ width: 800, height: 600 });
  });

  it('the month grid shows titles on two lines at 1280 px, and a multi-day event on its days of the next or previous month too', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await mount(html`<carif-event-agenda .now=${NOW} view="month" from="2026-12-01"></carif-event-agenda>`);
    expect(text($(el, '#month-label'))).to.equal('décembre 2026');
    const long = $$(el, '.grid .titles li').find((li) => text(li).length > 30)!;
    expect(long).to.exist;
    const lineHeight = parseFloat(getComputedStyle(long).lineHeight);
    expect(long.getBoundingClientRect().height).to.be.greaterThan(1.8 * lineHeight);
    // "Semaine des métiers du numérique — Meslan" runs from Sunday 29 November to Thursday 3 December.
    for (const day of ['2026-11-30', '2026-12-01', '2026-12-03']) expect(text($(el, `td[data-day="${day}"]`)), day).to.contain('Semaine des métiers du numérique');
    await expect(el).to.be.accessible();
    await setViewport({ width: 800, height: 600 });
  });
});
