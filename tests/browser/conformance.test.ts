/**
 * What every widget must do, checked once for all four: accessible (axe) in every state, usable
 * at 320 px with 44 px targets, printable, clear about faults with a retry that works, alone on the
 * page (no global, a second definition tolerated), and documented (every part it renders is in
 * custom-elements.json). Widget-specific behaviour is tested beside each widget.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import 'axe-core';
import '../../src/training-search/define.js';
import '../../src/internship-board/define.js';
import '../../src/event-agenda/define.js';
import '../../src/venue-map/define.js';
import { $, $$, active, faultBase, freshCache, nextEvent, settled, tabTo, failOnPageErrors } from '../helpers/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
/** Each widget, and whether its results open a detail dialog. */
const WIDGETS = [
  { tag: 'carif-training-search', dialog: true },
  { tag: 'carif-internship-board', dialog: true },
  { tag: 'carif-event-agenda', dialog: true },
  { tag: 'carif-venue-map', dialog: false },
] as const;

/** A fresh widget on the page, with these attributes, its requests reaching the embedded API. */
async function mountWith(tag: string, attrs: Record<string, string>): Promise<Widget> {
  freshCache();
  const el = document.createElement(tag) as Widget;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return fixture<Widget>(html`${el}`);
}

const mount = (tag: string): Promise<Widget> => mountWith(tag, {});

/** The part names a widget documents in custom-elements.json (its own and those it inherits). */
async function documentedParts(tag: string): Promise<Set<string>> {
  const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as { modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[] };
  const d = manifest.modules.flatMap((m) => m.declarations ?? []).find((x) => x.tagName === tag);
  if (!d) throw new Error(`${tag} is not in dist/custom-elements.json (run npm run build)`);
  return new Set((d.cssParts ?? []).map((p) => p.name));
}

const partsIn = (el: Element): string[] => $$(el, '[part]').flatMap((n) => n.getAttribute('part')!.split(/\s+/).filter(Boolean));

for (const { tag, dialog } of WIDGETS) {
  describe(`<${tag}> conformance`, () => {
    failOnPageErrors();

    it('is axe-clean loaded, with the filters open, with its detail open, empty, in error and loading', async function () {
      // Many axe passes: under a loaded machine (npm test, two pages at once) they took over the default 15 s.
      this.timeout(45_000);
      const el = await mount(tag);
      expect(await settled(el)).to.equal('list');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.filters-toggle')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part~="details-button"]')!.click();
      if (dialog) await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'the detail did not open');
      else await waitUntil(() => $(el, '.details:not([hidden])'), 'the details did not open');
      await expect(el).to.be.accessible();
      for (const [spec, state] of [['empty', 'empty'], ['status=503', 'error']] as const) {
        const other = await mountWith(tag, { 'api-base': faultBase(spec) });
        expect(await settled(other)).to.equal(state);
        await expect(other).to.be.accessible();
      }
      const loading = await mountWith(tag, { 'api-base': faultBase('delay=1500') });
      expect($(loading, '[part="loading"]')).to.exist;
      await expect(loading).to.be.accessible();
    });

    it('renders only documented parts (custom-elements.json lists each one)', async () => {
      const documented = await documentedParts(tag);
      const seen = new Set<string>();
      const el = await mount(tag);
      await settled(el);
      $<HTMLButtonElement>(el, '.filters-toggle')!.click();
      await el.updateComplete;
      partsIn(el).forEach((p) => seen.add(p));
      $<HTMLButtonElement>(el, '[part~="details-button"]')!.click();
      await waitUntil(() => (dialog ? $<HTMLDialogElement>(el, 'dialog')?.open : $(el, '.details:not([hidden])')));
      await el.updateComplete;
      partsIn(el).forEach((p) => seen.add(p));
      for (const spec of ['empty', 'status=500']) {
        const other = await mountWith(tag, { 'api-base': faultBase(spec) });
        await settled(other);
        partsIn(other).forEach((p) => seen.add(p));
      }
      const loading = await mountWith(tag, { 'api-base': faultBase('delay=1500') });
      partsIn(loading).forEach((p) => seen.add(p));
      expect(seen.size).to.be.greaterThan(10);
      expect([...seen].filter((p) => !documented.has(p)).sort(), 'rendered but not documented').to.deep.equal([]);
    });

    it('a skip link past the filters takes the keyboard to the results', async () => {
      const el = await mount(tag);
      await settled(el);
      $<HTMLInputElement>(el, '#q')!.focus();
      const skip = await tabTo(el, (a) => a.getAttribute('part') === 'button skip-link', 3);
      // Hidden until it has the focus, then seen.
      expect(skip.getBoundingClientRect().width).to.be.greaterThan(40);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.id === 'results-heading', 'the results heading did not get the focus');
    });

    it('fits a 320 px phone screen without sideways scrolling, every button at least 44 px high', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await mount(tag);
        await settled(el);
        const check = () => {
          expect(document.documentElement.scrollWidth, 'horizontal scroll').to.be.at.most(320);
          for (const b of $$(el, '.button')) if (b.offsetParent) expect(b.getBoundingClientRect().height, b.textContent!.trim()).to.be.at.least(43.9);
        };
        check();
        $<HTMLButtonElement>(el, '.filters-toggle')!.click();
        await el.updateComplete;
        check();
      } finally {
        await setViewport({ width: 1200, height: 900 });
      }
    });

    it('shown wide, then narrowed to 320 px (a phone turned, a window resized), its cards fit the new width', async () => {
      await setViewport({ width: 1200, height: 900 });
      try {
        const el = await mount(tag);
        await settled(el);
        await setViewport({ width: 320, height: 640 });
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const cards = $$(el, '.card').filter((c) => c.offsetParent);
        expect(cards.length, 'cards shown').to.be.greaterThan(0);
        // Before the list had one column as wide as itself, each card kept its remembered 1200 px width.
        for (const c of cards.slice(0, 3)) expect(c.getBoundingClientRect().right, 'card right edge').to.be.at.most(320);
        expect(document.documentElement.scrollWidth, 'horizontal scroll').to.be.at.most(320);
      } finally {
        await setViewport({ width: 1200, height: 900 });
      }
    });

    it('at 320 px, the open filters end with "Voir les N résultats", which closes them and goes back to the results', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await mount(tag);
        await settled(el);
        $<HTMLButtonElement>(el, '.filters-toggle')!.click();
        await el.updateComplete;
        const back = $<HTMLButtonElement>(el, '[part~="show-results"]')!;
        expect(back, 'no way back to the results').to.exist;
        const total = Number(/\d[\d\s\u202f]*/.exec($(el, '#results-heading')!.textContent!)![0].replace(/\D/g, ''));
        expect(back.textContent!.trim()).to.equal(total === 1 ? 'Voir le résultat' : `Voir les ${total.toLocaleString('fr-FR')} résultats`);
        // The last thing of the panel: the filters push the results far down on a phone.
        const last = [...$(el, '#filters')!.querySelectorAll('button, input, select')].filter((n) => (n as HTMLElement).offsetParent).at(-1);
        expect(last === back, 'the button is not the last control of the filters').to.equal(true);
        back.click();
        await waitUntil(() => active(el)?.id === 'results-heading', 'the results heading did not get the focus');
        expect($(el, '.filters-toggle')!.getAttribute('aria-expanded')).to.equal('false');
        await setViewport({ width: 1200, height: 900 });
        $<HTMLButtonElement>(el, '.filters-toggle')!.click();
        await el.updateComplete;
        expect(getComputedStyle(back).display, 'shown on a wide screen').to.equal('none');
      } finally {
        await setViewport({ width: 1200, height: 900 });
      }
    });

    it('at 320 px the detail’s close button stays on one line', async function () {
      if (!dialog) this.skip();
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await mount(tag);
        await settled(el);
        $<HTMLButtonElement>(el, '[part~="details-button"]')!.click();
        await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'the detail did not open');
        const close = $<HTMLButtonElement>(el, '[part~="close-button"]')!;
        const line = parseFloat(getComputedStyle(close).lineHeight) || 24;
        expect(close.scrollWidth, 'no overflow').to.be.at.most(close.clientWidth + 1);
        expect(close.getBoundingClientRect().height, 'one line').to.be.below(line * 2 + 2);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        await setViewport({ width: 1200, height: 900 });
      }
    });

    it('prints the results with whom to ask, without the search and the filters', async () => {
      const el = await mount(tag);
      await settled(el);
      await emulateMedia({ media: 'print' });
      try {
        for (const sel of ['.search', '.filters', '.filters-toggle']) expect(getComputedStyle($(el, sel)!).display, sel).to.equal('none');
        expect($$(el, '.list .card').length).to.be.greaterThan(0);
        expect(getComputedStyle($(el, '.list .card')!).display).to.not.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('HTTP 500: a plain message, a carif-error event, and a retry that brings the results', async () => {
      const errorEvent = nextEvent<{ error: { kind: string; status: number } }>(document, 'carif-error');
      const el = await mountWith(tag, { 'api-base': faultBase('status=500', 2) });
      expect(await settled(el)).to.equal('error');
      expect($(el, '[part="error"]')!.textContent).to.match(/problème/);
      const e = await errorEvent;
      expect(e.detail.error.kind).to.equal('server');
      $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
      await waitUntil(() => $$(el, '.list .card').length > 0, 'retry did not bring results', { timeout: 8000 });
      expect($(el, '[part="error"]')).to.equal(null);
    });

    it('malformed JSON, a dropped connection and HTML instead of JSON each say what happened', async () => {
      for (const [spec, words] of [
        ['malformed', /illisible/],
        ['drop', /injoignable|connexion/],
        ['html', /webmestre/],
      ] as const) {
        const el = await mountWith(tag, { 'api-base': faultBase(spec) });
        expect(await settled(el), spec).to.equal('error');
        expect($(el, '[part="error"]')!.textContent, spec).to.match(words);
        expect($(el, '[part~="retry-button"]'), spec).to.exist;
      }
    });

    it('speaks English when the page or the element says lang="en"', async () => {
      const el = await mountWith(tag, { lang: 'en' });
      await settled(el);
      expect($(el, '.filters-toggle')!.textContent!.trim()).to.match(/^Show filters/);
      expect($(el, '[part~="print-button"]')!.textContent).to.equal('Print the list');
    });

    it('reads the old hide-filters tokens (departement, publics) as the groups they name', async () => {
      const plain = await mount(tag);
      await waitUntil(() => $(plain, '[data-group="department"]') && $(plain, '[data-group="public"]'), 'the groups did not show');
      const el = await mountWith(tag, { 'hide-filters': 'departement publics' });
      // Once the other groups have their counts, the two hidden ones are still absent.
      await waitUntil(() => $$(el, 'fieldset[data-group]').filter((f) => f.querySelector('.count')).length > 0, 'no counted group');
      expect($(el, '[data-group="department"]')).to.equal(null);
      expect($(el, '[data-group="public"]')).to.equal(null);
    });

    it('tolerates a second definition of its tag and leaves no global behind (no window.L)', async () => {
      const before = new Set(Object.keys(window));
      const Defined = customElements.get(tag) as unknown as { define(tag: string): void } & (new () => HTMLElement);
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        class SecondCopy extends Defined {}
        expect(() => (SecondCopy as unknown as { define(tag: string): void }).define(tag)).to.not.throw();
      } finally {
        console.warn = warn;
      }
      expect(warnings[0]).to.contain('already defined');
      expect(customElements.get(tag)).to.equal(Defined);
      const el = await mount(tag);
      await settled(el);
      const added = Object.keys(window).filter((k) => !before.has(k) && !k.startsWith('__'));
      expect(added).to.deep.equal([]);
      expect((window as unknown as { L?: unknown }).L).to.equal(undefined);
    });
  });
}
