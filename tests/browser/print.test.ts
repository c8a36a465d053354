/**
 * Paper (issue 14): what the four widgets print, for a person who takes the list to a counsellor.
 * Page counts come from Chromium's own PDF (`page.pdf()` on A4, the `pdf-pages` command of
 * web-test-runner.config.mjs); the rest is read in print media (`emulateMedia`).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/event-agenda/define.js';
import '../../src/internship-board/define.js';
import '../../src/training-search/define.js';
import '../../src/venue-map/define.js';
import { $, $$, freshCache, settled } from '../helpers/helpers.js';

const NOW = new Date('2026-11-24T09:00:00Z');
const shown = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';

/** The A4 pages of this test page printed to PDF by Chromium (the server prints; this asks until it is done). */
async function pdfPages(): Promise<number> {
  const ask = () => executeServerCommand<Record<string, never>, { pages: number | null }>('pdf-pages');
  let { pages } = await ask();
  while (pages === null) {
    await new Promise((r) => setTimeout(r, 500));
    ({ pages } = await ask());
  }
  return pages;
}

/** A4 less Chromium's default print margins (0.4 in), in CSS pixels. */
const A4 = { width: 717, height: 1046 };

/** The A4 pages a list takes: its grid rows (cards side by side share a top) packed whole, as `break-inside: avoid` packs them. */
function a4Pages(cards: Element[]): number {
  const rows = new Map<number, { top: number; bottom: number }>();
  for (const c of cards) {
    const r = c.getBoundingClientRect();
    const row = rows.get(Math.round(r.top)) ?? { top: r.top, bottom: r.bottom };
    rows.set(Math.round(r.top), { top: row.top, bottom: Math.max(row.bottom, r.bottom) });
  }
  let pages = 1;
  let start = cards[0].getBoundingClientRect().top;
  for (const { top, bottom } of rows.values()) {
    if (bottom - start > A4.height) {
      pages += 1;
      start = top;
    }
  }
  return pages;
}

async function inPrint(run: () => Promise<void>): Promise<void> {
  // As a real print does: beforeprint first (the paper-only blocks are drawn then).
  dispatchEvent(new Event('beforeprint'));
  await emulateMedia({ media: 'print' });
  try {
    await run();
  } finally {
    await emulateMedia({ media: 'screen' });
    dispatchEvent(new Event('afterprint'));
  }
}

describe('printing', () => {
  beforeEach(() => freshCache());

  it('the venue list: several venues per A4 page, each with its week of hours, no "open now"', async () => {
    // One region's venues, not the 600 of the sample (npm run bench:print counts the PDF pages of
    // the whole list: 600 before, about 200 now). Chromium's PDF of this page, next to another test
    // file printing, came out with the one-column layout: the pages are counted from the print
    // layout at A4's width instead, cards packed whole into A4 heights as the PDF packs them.
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<carif-venue-map tile-url="none" region="27"></carif-venue-map>`);
    await settled(el);
    const venues = Number($(el, '#results-heading')!.textContent!.replace(/\D/g, ''));
    expect(venues).to.be.greaterThan(20);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    await setViewport(A4);
    try {
      await inPrint(async () => {
        const cards = $$(el, '.list > li');
        expect(cards.length, 'the whole list, not the first 20').to.equal(venues);
        const pages = a4Pages(cards);
        console.log(`venue list (region 27): ${venues} venues on ${pages} A4 pages (print layout)`);
        expect(pages, 'at least two venues a page').to.be.at.most(venues / 2);
        const sample = cards.slice(0, 20);
        expect(sample.filter((c) => shown(c.querySelector('.status'))).length, '"open now" on paper').to.equal(0);
        for (const c of sample.filter((c) => c.querySelector('.hours'))) expect(c.querySelectorAll('.hours tr').length).to.equal(7);
        // The route planner's address means nothing on paper; the phone does.
        expect(sample.filter((c) => shown(c.querySelector('a[href*="/directions"]')?.closest('li') ?? null)).length).to.equal(0);
        expect(sample.some((c) => shown(c.querySelector('.details a[href^="tel:"]')))).to.equal(true);
      });
    } finally {
      await setViewport({ width: 800, height: 600 });
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('the employer directory prints each employer’s phone and e-mail address', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<carif-internship-board mode="employers"></carif-internship-board>`);
    await settled(el);
    await inPrint(async () => {
      const cards = $$(el, '.list article.card');
      expect(cards.length).to.be.greaterThan(0);
      for (const card of cards) expect(shown(card.querySelector('.card-contact')), card.textContent!).to.equal(true);
      const mail = cards.map((c) => c.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')).find(Boolean)!;
      expect(mail, 'an employer with an e-mail').to.exist;
      // The address itself, written out: "Écrire" alone cannot be clicked on paper.
      expect(mail.innerText).to.include(mail.href.slice(7));
      expect(cards.some((c) => /\d\d \d\d \d\d/.test((c.querySelector('.card-contact') as HTMLElement).innerText))).to.equal(true);
      expect(shown($(el, '[part~="modes"]')), 'the mode choice').to.equal(false);
      // "5 offres en ligne", not "5 5 offres en ligne".
      for (const m of $$(el, '.list .card .muted')) expect(m.textContent!.trim()).to.not.match(/^(\d+) \1 /);
    });
  });

  it('the training list prints what was searched, the filters chosen, the date and the page', async function () {
    this.timeout(60_000);
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<carif-training-search niveau="4"></carif-training-search>`);
    await settled(el);
    const input = $<HTMLInputElement>(el, '#q')!;
    input.value = 'aide';
    input.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, '[part~="search-button"]')!.click();
    await waitUntil(() => $(el, '.list')?.getAttribute('aria-busy') === 'false' && /aide/i.test($(el, '.card-title')?.textContent ?? ''), 'no results for "aide"');
    await waitUntil(() => $$(el, 'fieldset[data-group="niveau"] .check').length > 1, 'the level group');
    await inPrint(async () => {
      expect(shown($(el, '.search')), 'the search words').to.equal(true);
      expect(input.value).to.equal('aide');
      for (const b of $$(el, '.search button, .filters button, .pagination, .filters-toggle')) expect(shown(b), b.outerHTML.slice(0, 60)).to.equal(false);
      expect(shown($(el, '.filters'))).to.equal(true);
      const levels = $$(el, 'fieldset[data-group="niveau"] .check');
      const printed = levels.filter(shown);
      expect(printed.length, 'only the chosen level').to.equal(1);
      expect(printed[0].querySelector('input')!.checked).to.equal(true);
      expect(shown($(el, 'fieldset[data-group="niveau"] legend'))).to.equal(true);
      expect(shown($(el, 'fieldset[data-group="voie"]')), 'a group with nothing chosen').to.equal(false);
      // A <select>'s chosen <option> matches :checked too: the place filter prints only once a place is chosen.
      expect(shown($(el, '.filters fieldset.place')), 'no place chosen').to.equal(false);
      const line = $<HTMLElement>(el, '.results-head + .dated')!;
      expect(shown(line)).to.equal(true);
      const today = new Date().toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
      expect(line.textContent).to.include(`Liste du ${today}`);
      const pages = Number(/(\d+) formations/.exec($(el, '#results-heading')!.textContent!.replace(/\s/g, ''))?.[1] ?? 0) > 10;
      if (pages) expect(line.textContent).to.match(/Page 1 sur \d+/);
      expect($$(el, '.list > li').length).to.equal(Math.min(10, $$(el, '.list > li').length));
    });
    console.log(`training list (aide, niveau 4): ${$$(el, '.list > li').length} results on ${await pdfPages()} A4 pages`);
  });

  it('the training list says which page of how many it prints', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<carif-training-search></carif-training-search>`);
    await settled(el);
    await inPrint(async () => {
      expect(shown($(el, '.search')), 'no words searched: no search box').to.equal(false);
      expect(shown($(el, '.filters')), 'no filter chosen: no filters').to.equal(false);
      expect($(el, '.results-head + .dated')!.textContent).to.match(/^Liste du \d{1,2} \S+ \d{4}\. Page 1 sur \d+$/);
    });
    console.log(`training list: ${$$(el, '.list > li').length} results on ${await pdfPages()} A4 pages`);
  });

  it('headings stay with what follows them: agenda days, board communes, cards whole', async () => {
    const agenda = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<carif-event-agenda .now=${NOW}></carif-event-agenda>`);
    await settled(agenda);
    const board = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<carif-internship-board mode="employers"></carif-internship-board>`);
    await settled(board);
    await inPrint(async () => {
      for (const [el, sel] of [
        [agenda, '.day-title'],
        [agenda, '.month-title'],
        [board, '.commune'],
        [board, '.card-title'],
      ] as const) {
        expect($(el, sel), sel).to.exist;
        expect(getComputedStyle($(el, sel)!).breakAfter, sel).to.equal('avoid');
      }
      expect(getComputedStyle($(agenda, '.card')!).breakInside).to.equal('avoid');
      expect(shown($(agenda, '[part~="export-button"]'))).to.equal(false);
    });
    console.log(`agenda: ${await pdfPages()} A4 pages for both widgets`);
  });
});
