import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import 'axe-core';
import ICAL from 'ical.js';
import '../../src/event-agenda/define.js';
import type { CarifEventAgenda } from '../../src/event-agenda/event-agenda.js';
import { $, $$, active, apiRecords, faultBase, freshCache, nextEvent, settled, tabTo, failOnPageErrors } from '../helpers/helpers.js';

/** The clock of every test: a Tuesday, 24 November 2026, 10:00 in Paris. */
const NOW = new Date('2026-11-24T09:00:00Z');
type Rec = { id: string; titre: string; debut: string; fin: string | null; type: string | null; region: string | null };
type Results = { total: number; items: { id: string }[] };

async function mount(template = html`<carif-event-agenda .now=${NOW}></carif-event-agenda>`): Promise<CarifEventAgenda> {
  freshCache();
  const el = await fixture<CarifEventAgenda>(template);
  await settled(el);
  return el;
}

// ------------------------------------------------------------------ the oracle, from the API itself

let records: Rec[] | undefined;
/** Every event of the sample, straight from the embedded API (5 pages of 100). */
async function allRecords(): Promise<Rec[]> {
  if (!records) {
    const pages = await Promise.all([0, 100, 200, 300, 400].map((offset) => apiRecords('evenements', { limit: '100', offset: String(offset), order_by: 'debut asc, id asc' })));
    records = pages.flatMap((p) => p.results) as Rec[];
    expect(records.length).to.equal(pages[0]!.total_count);
  }
  return records;
}

const parisFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
const parisDayOf = (d: Date): string => parisFormat.format(d);
const nextDay = (day: string): string => new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The Paris days an event covers, from its start day to the day of its last instant. */
function daysOf(r: Rec): string[] {
  const start = new Date(r.debut);
  const end = r.fin ? new Date(r.fin) : null;
  const first = parisDayOf(start);
  const last = end && end > start ? parisDayOf(new Date(end.getTime() - 1)) : first;
  const days = [first];
  while (days.at(-1)! < last) days.push(nextDay(days.at(-1)!));
  return days;
}

/** Not over at `now`: it ends at or after it, or starts then. */
const upcoming = (r: Rec, now = NOW): boolean => (r.fin !== null && new Date(r.fin) >= now) || new Date(r.debut) >= now;
const chronological = (a: Rec, b: Rec): number => Date.parse(a.debut) - Date.parse(b.debut) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

type Component = InstanceType<typeof ICAL.Component>;
const vevents = (ics: string): Component[] => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
const dtstart = (c: Component): number => (c.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>).toJSDate().getTime();
const uids = (list: Component[]): string[] => list.map((c) => String(c.getFirstPropertyValue('uid'))).sort();

const dialog = (el: Element) => $<HTMLDialogElement>(el, 'dialog')!;
const errorText = (el: Element) => $(el, '[part="error"]')?.textContent ?? '';
const panelIds = (el: Element) => $$(el, 'section.day-panel li[data-id]').map((li) => li.dataset.id!).sort();

async function openFirstDetail(el: CarifEventAgenda): Promise<HTMLDialogElement> {
  $<HTMLButtonElement>(el, 'article.card [part~="details-button"]')!.click();
  await waitUntil(() => dialog(el).open && $(el, '#detail-title'), 'the detail did not open');
  return dialog(el);
}

describe('<carif-event-agenda> accessibility', () => {
  it('is axe-clean: list, filters open, detail, month, day panel, compact, empty, error, loading, English', async function () {
    // Many axe passes: under a loaded machine (npm test, two pages at once) they took over the default 15 s.
    this.timeout(45_000);
    const el = await mount();
    expect($$(el, 'article.card').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.filters-toggle')!.click();
    await el.updateComplete;
    expect($(el, '.filters-toggle')!.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    await openFirstDetail(el);
    await expect(el).to.be.accessible();
    dialog(el).close();

    const month = await mount(html`<carif-event-agenda view="month" .now=${NOW}></carif-event-agenda>`);
    expect($(month, 'table[role="grid"]')).to.exist;
    await expect(month).to.be.accessible();
    $<HTMLElement>(month, 'td[data-day="2026-11-29"]')!.click();
    await waitUntil(() => $(month, 'section.day-panel article.card'), 'no day panel');
    await expect(month).to.be.accessible();

    const compact = await mount(html`<carif-event-agenda layout="compact" see-all="/agenda" .now=${NOW}></carif-event-agenda>`);
    expect($(compact, 'ol.compact-list')).to.exist;
    await expect(compact).to.be.accessible();
    const empty = await mount(html`<carif-event-agenda api-base=${faultBase('empty')} .now=${NOW}></carif-event-agenda>`);
    expect($(empty, '.state.empty')).to.exist;
    await expect(empty).to.be.accessible();
    const failing = await mount(html`<carif-event-agenda api-base=${faultBase('status=503')} .now=${NOW}></carif-event-agenda>`);
    expect($(failing, '[part="error"]')).to.exist;
    await expect(failing).to.be.accessible();
    const en = await mount(html`<carif-event-agenda lang="en" .now=${NOW}></carif-event-agenda>`);
    expect($(en, 'h2.title')!.textContent).to.equal('Careers and training events');
    expect($(en, '#results-heading')!.textContent).to.match(/\d+ events/);
    expect($(en, 'button[part~="details-button"]')!.textContent).to.equal('See details');
    await expect(en).to.be.accessible();
    freshCache();
    const loading = await fixture<CarifEventAgenda>(html`<carif-event-agenda api-base=${faultBase('delay=1500')} .now=${NOW}></carif-event-agenda>`);
    expect($(loading, '[part="loading"]')).to.exist;
    await expect(loading).to.be.accessible();
  });

  it('can be used with the keyboard alone: search, a filter, open an event, close it', async () => {
    await setViewport({ width: 1200, height: 900 });
    const el = await mount();
    await tabTo(el, (a) => a.id === 'q');
    const r = nextEvent<Results>(el, 'carif-results');
    await sendKeys({ type: 'forum' });
    await sendKeys({ press: 'Enter' });
    const searched = (await r).detail.total;
    await settled(el);
    expect(searched).to.be.greaterThan(0);
    const box = (await tabTo(el, (a) => a instanceof HTMLInputElement && a.type === 'checkbox')) as HTMLInputElement;
    const r2 = nextEvent<Results>(el, 'carif-results');
    await sendKeys({ press: 'Space' });
    await r2;
    expect(box.checked).to.equal(true);
    await settled(el);
    const opener = await tabTo(el, (a) => a.getAttribute('part') === 'button details-button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(el).open, 'dialog did not open');
    await waitUntil(() => active(el)?.id === 'detail-title', 'the title of the detail did not get the focus');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(el).open);
    await waitUntil(() => active(el) === opener, 'focus did not return to the opener');
  });

  it('month grid: one tab stop, arrows, Home/End, Page Down, Enter opens the day', async () => {
    await setViewport({ width: 1200, height: 900 });
    const el = await mount(html`<carif-event-agenda view="month" .now=${NOW}></carif-event-agenda>`);
    expect($$(el, 'td[role="gridcell"][tabindex="0"]').map((td) => td.dataset.day)).to.deep.equal(['2026-11-24']);
    const cell = await tabTo(el, (a) => a.getAttribute('role') === 'gridcell');
    expect((cell as HTMLElement).dataset.day).to.equal('2026-11-24');
    const press = async (key: string, day: string) => {
      await sendKeys({ press: key });
      await waitUntil(() => (active(el) as HTMLElement | null)?.dataset.day === day, `${key} did not focus ${day} (focus on ${(active(el) as HTMLElement | null)?.dataset.day})`);
      expect($$(el, 'td[tabindex="0"]').map((td) => td.dataset.day)).to.deep.equal([day]);
    };
    await press('ArrowRight', '2026-11-25');
    await press('ArrowLeft', '2026-11-24');
    await press('ArrowUp', '2026-11-17');
    await press('ArrowDown', '2026-11-24');
    await press('End', '2026-11-29');
    await press('Home', '2026-11-23');
    const label = $(el, '#month-label')!.textContent!.trim();
    expect(label).to.match(/novembre 2026/);
    await press('PageDown', '2026-12-23');
    await waitUntil(() => /décembre 2026/.test($(el, '#month-label')!.textContent!), 'the month label did not change');
    await settled(el);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.id === 'day-panel-title', 'the day panel title did not get the focus');
    expect($(el, '#day-panel-title')!.textContent).to.match(/23 décembre 2026/);
    expect($(el, 'td[data-day="2026-12-23"]')!.getAttribute('aria-selected')).to.equal('true');
    const expected = (await allRecords()).filter((r) => upcoming(r) && daysOf(r).includes('2026-12-23')).map((r) => r.id).sort();
    expect(expected.length).to.be.greaterThan(0);
    expect(panelIds(el)).to.deep.equal(expected);
  });

  it('fits a 320 px phone screen with 44 px targets, in list and month views', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const check = (el: CarifEventAgenda) => {
        expect(document.documentElement.scrollWidth, 'horizontal scroll').to.be.at.most(320);
        for (const b of $$(el, '.button')) if (b.offsetParent) expect(b.getBoundingClientRect().height, b.textContent!.trim()).to.be.at.least(43.9);
      };
      const el = await mount();
      check(el);
      $<HTMLButtonElement>(el, '.filters-toggle')!.click();
      await el.updateComplete;
      check(el);
      const month = await mount(html`<carif-event-agenda view="month" .now=${NOW}></carif-event-agenda>`);
      check(month);
      for (const td of $$(month, 'td[role="gridcell"]')) expect(td.getBoundingClientRect().height).to.be.at.least(43.9);
      $<HTMLElement>(month, 'td[data-day="2026-11-29"]')!.click();
      await waitUntil(() => $(month, 'section.day-panel'));
      check(month);
    } finally {
      await setViewport({ width: 1200, height: 900 });
    }
  });

  it('prints the events with whom to ask, without the controls', async () => {
    const el = await mount();
    const month = await mount(html`<carif-event-agenda view="month" .now=${NOW}></carif-event-agenda>`);
    // As a real print does: beforeprint first (the paper-only blocks are drawn then).
    dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    try {
      for (const sel of ['.search', '.filters', '.views', '.filters-toggle', '.tools']) expect(getComputedStyle($(el, sel)!).display, sel).to.equal('none');
      const print = $(el, 'article.card .print-only')!;
      expect(getComputedStyle(print).display).to.equal('block');
      expect(print.textContent).to.match(/Se renseigner/);
      expect(getComputedStyle($(month, 'table.grid')!).display).to.equal('none');
      const monthPrint = $(month, 'div.print-only')!;
      expect(getComputedStyle(monthPrint).display).to.equal('block');
      expect(monthPrint.querySelectorAll('article.card').length).to.be.greaterThan(0);
    } finally {
      await emulateMedia({ media: 'screen' });
      dispatchEvent(new Event('afterprint'));
    }
  });
});

describe('<carif-event-agenda> month grid and compact layout', () => {
  async function checkMarch(): Promise<void> {
    const results = nextEvent<Results>(document, 'carif-results');
    const el = await mount(html`<carif-event-agenda view="month" show-past from="2027-03-01" .now=${NOW}></carif-event-agenda>`);
    expect($(el, '#month-label')!.textContent).to.match(/mars 2027/);
    expect((await results).detail.total).to.be.below(300);
    const byDay = new Map<string, string[]>();
    for (const r of await allRecords()) for (const day of daysOf(r)) if (day.startsWith('2027-03')) byDay.set(day, [...(byDay.get(day) ?? []), r.id]);
    expect([...byDay.values()].flat().length).to.be.greaterThan(31);
    const cells = $$(el, 'td[role="gridcell"]').filter((td) => td.dataset.day!.startsWith('2027-03'));
    expect(cells.map((td) => td.dataset.day)).to.have.length(31);
    for (const td of cells) {
      const day = td.dataset.day!;
      const expected = (byDay.get(day) ?? []).sort();
      const said = td.querySelector('.visually-hidden')!.textContent!;
      const count = /aucun événement/.test(said) ? 0 : Number(/(\d+) événements?/.exec(said)?.[1]);
      expect(count, `${day}: ${said}`).to.equal(expected.length);
      td.click();
      await el.updateComplete;
      await waitUntil(() => $(el, 'section.day-panel #day-panel-title') && $(el, `td[data-day="${day}"]`)!.getAttribute('aria-selected') === 'true');
      expect(panelIds(el), day).to.deep.equal(expected);
    }
  }

  it('shows each event of March 2027 on every Paris day it covers', checkMarch);

  it('keeps Paris days for a visitor in Auckland (DST changes on both sides)', async () => {
    await executeServerCommand('set-timezone', { zone: 'Pacific/Auckland' });
    try {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Pacific/Auckland');
      await checkMarch();
    } finally {
      await executeServerCommand('set-timezone', { zone: '' });
    }
  });

  it('compact: the next 5 events in order, a see-all link, no search nor filters', async () => {
    const el = await mount(html`<carif-event-agenda layout="compact" max-items="5" see-all="/agenda" .now=${NOW}></carif-event-agenda>`);
    const expected = (await allRecords()).filter((r) => upcoming(r)).sort(chronological).slice(0, 5).map((r) => r.id);
    expect($$(el, 'ol.compact-list > li').map((li) => li.dataset.id)).to.deep.equal(expected);
    expect($<HTMLAnchorElement>(el, 'a[part~="see-all"]')!.href).to.equal(new URL('/agenda', document.baseURI).href);
    for (const sel of ['form.search', '#filters', '.views', '.filters-toggle', 'input', 'select', 'table']) expect($(el, sel), sel).to.equal(null);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const unsafe = await mount(html`<carif-event-agenda layout="compact" see-all="javascript:alert(1)" .now=${NOW}></carif-event-agenda>`);
      expect($$(unsafe, 'ol.compact-list > li').length).to.equal(5);
      expect($(unsafe, 'a[part~="see-all"]')).to.equal(null);
      for (const a of $$<HTMLAnchorElement>(unsafe, 'a')) expect(a.href).to.not.match(/^javascript:/i);
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).to.contain('see-all');
  });
});

describe('<carif-event-agenda> isolation', () => {
  it('keeps a hostile host stylesheet out of the grid and the list, and its own styles in', async () => {
    const style = document.createElement('style');
    style.textContent = `table, td, th, tr { display: block !important; border: 9px solid red !important; } body { text-transform: uppercase; letter-spacing: 5px; font-size: 40px; } .card, .grid, .badge { display: none !important; }`;
    document.head.append(style);
    try {
      const list = await mount();
      expect(getComputedStyle($(list, '.card')!).display).to.equal('block');
      expect(getComputedStyle($(list, '.badge')!).display).to.equal('inline-block');
      expect(getComputedStyle($(list, '.card-title')!).textTransform).to.equal('none');
      expect(getComputedStyle($(list, '.card-title')!).letterSpacing).to.equal('normal');
      const month = await mount(html`<carif-event-agenda .now=${NOW} view="month"></carif-event-agenda>`);
      expect(getComputedStyle($(month, 'table.grid')!).display).to.equal('table');
      const td = $(month, 'td[data-day]')!;
      expect(getComputedStyle(td).display).to.equal('table-cell');
      expect(getComputedStyle(td).borderTopColor).to.not.equal('rgb(255, 0, 0)');
      // And the widget's own rules do not reach the page.
      const probe = document.createElement('span');
      probe.className = 'badge';
      document.body.append(probe);
      expect(getComputedStyle(probe).borderTopWidth).to.equal('0px');
      probe.remove();
    } finally {
      style.remove();
    }
  });
});

describe('<carif-event-agenda> calendar files', () => {
  it('the detail offers an .ics file of the event that parses back', async () => {
    const el = await mount();
    const id = $(el, 'li[data-id]')!.dataset.id!;
    const select = nextEvent<{ item: { id: string } }>(el, 'carif-select');
    await openFirstDetail(el);
    expect((await select).detail.item.id).to.equal(id);
    await waitUntil(() => document.activeElement === el && active(el)?.id === 'detail-title', 'focus is not on the detail title');
    const link = $<HTMLAnchorElement>(el, 'dialog a[part~="ics-link"]')!;
    expect(link.textContent).to.contain('Ajouter à mon agenda (.ics)');
    expect(link.href).to.match(/^blob:/);
    expect(link.getAttribute('download')).to.match(/^[a-z0-9-]+\.ics$/);
    const events = vevents(await (await fetch(link.href)).text());
    expect(events).to.have.length(1);
    const record = (await allRecords()).find((r) => r.id === id)!;
    expect(dtstart(events[0]!)).to.equal(Date.parse(record.debut));
    expect(String(events[0]!.getFirstPropertyValue('uid'))).to.contain(id);
  });

  it('the list export is an .ics of the whole search, with the right count', async () => {
    const results = nextEvent<Results>(document, 'carif-results');
    const el = await mount(html`<carif-event-agenda types="forum_salon" .now=${NOW}></carif-event-agenda>`);
    const total = (await results).detail.total;
    expect(total).to.be.within(21, 299); // more than one page, under the cap
    expect($(el, '#results-heading')!.textContent).to.contain(String(total));
    const click = HTMLAnchorElement.prototype.click;
    let got: { href: string; download: string; inShadow: boolean } | undefined;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      got = { href: this.href, download: this.download, inShadow: this.getRootNode() === el.shadowRoot };
    };
    try {
      $<HTMLButtonElement>(el, 'button[part~="export-button"]')!.click();
      await waitUntil(() => got, 'no download was started');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(got!.href).to.match(/^blob:/);
    expect(got!.download).to.match(/\.ics$/);
    expect(got!.inShadow).to.equal(true);
    const events = vevents(await (await fetch(got!.href)).text());
    expect(events).to.have.length(total);
    const expected = (await allRecords()).filter((r) => r.type === 'forum_salon' && upcoming(r)).map((r) => `${r.id}@carif-oref-widgets`).sort();
    expect(uids(events)).to.deep.equal(expected);
    await waitUntil(() => /Fichier prêt/.test($(el, '.export-status')!.textContent!), 'no "file ready" message');
    expect($(el, '.export-status')!.textContent).to.contain(`${total} événements`);
  });
});

describe('<carif-event-agenda> faults', () => {
  failOnPageErrors();

  const withBase = (base: string, timeout = 15) => mount(html`<carif-event-agenda api-base=${base} timeout=${timeout} .now=${NOW}></carif-event-agenda>`);

  it('HTTP 429 with Retry-After, malformed JSON, a dropped connection, a timeout', async () => {
    expect(errorText(await withBase(faultBase('status=429,retry-after=7', 2)))).to.match(/7 secondes/);
    expect(errorText(await withBase(faultBase('malformed')))).to.match(/illisible/);
    expect(errorText(await withBase(faultBase('drop')))).to.match(/injoignable/);
    expect(errorText(await withBase(faultBase('delay=5000', 2), 1))).to.match(/trop de temps/);
  });

  it('unsafe links and markup in events stay inert, in the list and the detail', async () => {
    (window as unknown as { __pwned?: number }).__pwned = undefined;
    const el = await withBase(faultBase('evil'));
    expect($$(el, 'article.card').length).to.be.greaterThan(0);
    const inert = () => {
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('script, img, iframe, object, embed, svg, math, form[action]').length).to.equal(0);
      for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        if (a.matches('[part~="ics-link"]')) expect(a.href.startsWith(`blob:${location.origin}/`), a.href).to.equal(true);
        else expect(a.getAttribute('href')!, a.outerHTML).to.match(/^(https?:|mailto:|tel:)/);
      }
      for (const node of root.querySelectorAll('*')) for (const attr of node.attributes) expect(attr.name.startsWith('on'), `${node.localName}[${attr.name}]`).to.equal(false);
    };
    inert();
    await openFirstDetail(el);
    inert();
    expect($(el, 'dialog .contact')).to.exist;
    await new Promise((r) => setTimeout(r, 100));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('missing fields and absurd sizes still render', async () => {
    const el = await withBase(faultBase('missing-fields'));
    expect($$(el, 'article.card').length).to.be.greaterThan(0);
    await openFirstDetail(el);
    const huge = await withBase(faultBase('huge'));
    expect($(huge, '.card-title')!.textContent!.trim().length).to.be.lessThan(400);
    expect($$(huge, '.pagination li').length).to.be.at.most(5);
  });

  it('an empty answer shows the empty state, replaceable through a slot', async () => {
    const el = await withBase(faultBase('empty'));
    expect($(el, '.state.empty')!.textContent).to.match(/Aucun événement/);
    freshCache();
    const slotted = await fixture<CarifEventAgenda>(html`<carif-event-agenda api-base=${faultBase('empty')} .now=${NOW}><p slot="empty">Rien ici.</p></carif-event-agenda>`);
    await settled(slotted);
    const slot = $<HTMLSlotElement>(slotted, 'slot[name="empty"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Rien ici.');
  });

});
