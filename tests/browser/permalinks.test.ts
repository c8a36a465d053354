/**
 * `sync-url` on all four widgets (each under its own prefix, without touching the others'), and a
 * permalink to each result: with `sync-url` the control that opens a result is a link to this
 * page with that result named in the address, and the page opens on it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import 'axe-core';
import '../../src/training-search/define.js';
import '../../src/event-agenda/define.js';
import '../../src/internship-board/define.js';
import '../../src/venue-map/define.js';
import type { CarifTrainingSearch } from '../../src/training-search/training-search.js';
import { $, $$, apiRecords, freshCache, nextEvent, settled } from '../helpers/helpers.js';

const param = (key: string) => new URL(location.href).searchParams.get(key);
const dialogOpen = (el: Element) => !!$<HTMLDialogElement>(el, 'dialog')?.open;
const popped = () => new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
/** Runs a test with the address it sets, and puts the page's address back after it. */
async function at(search: string, body: () => Promise<void>): Promise<void> {
  const start = location.href;
  const url = new URL(start);
  url.search = search;
  history.replaceState(null, '', url.href);
  try {
    freshCache();
    await body();
  } finally {
    history.replaceState(null, '', start);
  }
}

describe('sync-url on every widget, and permalinks', () => {
  it('each widget writes its search under its own prefix; two widgets on a page keep each other’s keys', async () => {
    await at('', async () => {
      const wrap = await fixture(html`<div>
        <carif-training-search sync-url></carif-training-search>
        <carif-event-agenda sync-url></carif-event-agenda>
        <carif-internship-board sync-url></carif-internship-board>
        <carif-venue-map sync-url tile-url="none"></carif-venue-map>
      </div>`);
      const [training, agenda, board, venues] = [...wrap.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
      for (const el of [training, agenda, board, venues]) await settled(el!, 10_000);
      const tick = async (el: HTMLElement, group: string) => {
        const box = $<HTMLInputElement>(el, `fieldset[data-group="${group}"] input[type=checkbox]`)!;
        const r = nextEvent(el, 'carif-results');
        box.click();
        await r;
        return box.value;
      };
      const v1 = await tick(training!, 'voie');
      const v2 = await tick(agenda!, 'type');
      const v3 = await tick(board!, 'type');
      const v4 = await tick(venues!, 'network');
      expect(param('carif-voie')).to.equal(v1);
      expect(param('carif-agenda-type')).to.equal(v2);
      expect(param('carif-stages-type')).to.equal(v3);
      expect(param('carif-lieux-network')).to.equal(v4);
      // The training search's prefix is the shortest: it reads none of the others' keys as its own.
      expect(new URL(location.href).searchParams.has('carif-agenda-type')).to.equal(true);
    });
  });

  it('a reload keeps each widget’s own state: the agenda’s month view and the board’s directory', async () => {
    await at('?carif-agenda-view=month&carif-agenda-month=2026-12&carif-stages-mode=employers', async () => {
      const wrap = await fixture(html`<div><carif-event-agenda sync-url></carif-event-agenda><carif-internship-board sync-url></carif-internship-board></div>`);
      const [agenda, board] = [...wrap.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
      await waitUntil(() => $(agenda!, '[part~="calendar"]'), 'the agenda did not open on its month view', { timeout: 5000 });
      expect($(agenda!, '.month-title, [part~="calendar"] caption, .grid-head')?.textContent ?? '').to.match(/décembre 2026/i);
      await settled(board!);
      expect($$(board!, '.commune').length, 'the board did not open on its employer directory').to.be.greaterThan(0);
    });
  });

  it('the training’s detail control is a link to its permalink; a plain click opens the detail, Back closes it', async () => {
    await at('', async () => {
      const el = await fixture<CarifTrainingSearch>(html`<carif-training-search sync-url></carif-training-search>`);
      await settled(el);
      const link = $<HTMLAnchorElement>(el, 'a[part~="details-button"]')!;
      expect(link, 'no link to the first result').to.exist;
      const id = new URL(link.href).searchParams.get('carif-id');
      expect(id).to.be.a('string').and.not.empty;
      // Ctrl+click is the browser's (a new tab): the widget does not take it.
      const ctrl = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
      link.addEventListener('click', (e) => e.preventDefault(), { once: true }); // keep the test page where it is
      link.dispatchEvent(ctrl);
      await el.updateComplete;
      expect(dialogOpen(el)).to.equal(false);
      const steps = history.length;
      link.click();
      await waitUntil(() => dialogOpen(el), 'a plain click did not open the detail', { timeout: 5000 });
      expect(param('carif-id')).to.equal(id);
      expect(history.length).to.equal(steps + 1);
      await expect(el).to.be.accessible();
      const back = popped();
      history.back();
      await back;
      await waitUntil(() => !dialogOpen(el), 'Back did not close the detail');
      expect(param('carif-id')).to.equal(null);
      // Closing with the button goes back over the step the opening made.
      link.click();
      await waitUntil(() => dialogOpen(el), 'the detail did not open again', { timeout: 5000 });
      const closing = popped();
      $<HTMLButtonElement>(el, '[part~="close-button"]')!.click();
      await closing;
      expect(param('carif-id')).to.equal(null);
      expect(history.length).to.equal(steps + 1);
      await waitUntil(() => el.shadowRoot!.activeElement === link, 'the focus did not come back to the link');
    });
  });

  it('an address with a training’s id opens the page on its detail, even when it is not on the first page', async () => {
    const rows = await apiRecords('formations', { order_by: 'id_action DESC', limit: '1', select: 'id_action,intitule_formation' });
    const { id_action: id, intitule_formation: title } = rows.results[0] as { id_action: string; intitule_formation: string };
    await at(`?carif-id=${encodeURIComponent(id)}`, async () => {
      const el = await fixture<CarifTrainingSearch>(html`<carif-training-search sync-url></carif-training-search>`);
      await waitUntil(() => dialogOpen(el), 'the detail of the permalink did not open', { timeout: 8000 });
      expect($(el, 'dialog h2')!.textContent).to.contain(title.slice(0, 20));
      // It was fetched by its id: the first page of results does not hold it.
      expect($$(el, `li a[href*="${encodeURIComponent(id)}"]`)).to.have.length(0);
    });
  });

  it('an address whose result is gone says so above the results of the same search', async () => {
    await at('?carif-id=NO-SUCH-TRAINING&carif-voie=apprentissage', async () => {
      const el = await fixture<CarifTrainingSearch>(html`<carif-training-search sync-url></carif-training-search>`);
      await waitUntil(() => $(el, '.results .notice:not([part])'), 'no word about the missing result', { timeout: 5000 });
      expect($(el, '.results .notice:not([part])')!.textContent).to.match(/plus en ligne/);
      // Said by the live region that is always there (one inserted with its words is often not read out).
      expect($(el, '.results [role=status]')!.textContent).to.match(/plus en ligne/);
      expect(dialogOpen(el)).to.equal(false);
      expect($<HTMLInputElement>(el, 'input[name="voie"][value="apprentissage"]')!.checked).to.equal(true);
      // A new search takes the notice away.
      const r = nextEvent(el, 'carif-results');
      $<HTMLInputElement>(el, 'input[name="voie"][value="apprentissage"]')!.click();
      await r;
      await el.updateComplete;
      expect($(el, '.results .notice:not([part])')).to.equal(null);
      expect($(el, '.results [role=status]')!.textContent).to.not.match(/plus en ligne/);
    });
  });

  it('events and offers have permalinks too; without sync-url the control stays a button', async () => {
    await at('', async () => {
      const wrap = await fixture(html`<div><carif-event-agenda sync-url></carif-event-agenda><carif-internship-board sync-url></carif-internship-board><carif-internship-board></carif-internship-board></div>`);
      const [agenda, board, plain] = [...wrap.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
      for (const el of [agenda, board, plain]) await settled(el!);
      const eventLink = $<HTMLAnchorElement>(agenda!, 'a[part~="details-button"]')!;
      const offerLink = $<HTMLAnchorElement>(board!, 'a[part~="details-button"]')!;
      const eventId = new URL(eventLink.href).searchParams.get('carif-agenda-id');
      const offerId = new URL(offerLink.href).searchParams.get('carif-stages-id');
      expect(eventId).to.equal(eventLink.closest('li')!.dataset.id);
      expect(offerId).to.equal(offerLink.closest('li')!.dataset.id);
      expect($(plain!, 'a[part~="details-button"]')).to.equal(null);
      expect($(plain!, 'button[part~="details-button"]')).to.exist;
      // The button opens the detail whatever key is held (only a link leaves Ctrl-click to the browser).
      $(plain!, 'button[part~="details-button"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
      await waitUntil(() => dialogOpen(plain!), 'Ctrl+click on the button did not open the detail', { timeout: 5000 });
      $<HTMLButtonElement>(plain!, '[part~="close-button"]')!.click();
      await waitUntil(() => !dialogOpen(plain!));
      // Opened from its link, then read back by a new widget from the address.
      offerLink.click();
      await waitUntil(() => dialogOpen(board!), 'the offer did not open', { timeout: 5000 });
      expect(param('carif-stages-id')).to.equal(offerId);
      const again = await fixture(html`<carif-internship-board sync-url></carif-internship-board>`);
      await waitUntil(() => dialogOpen(again), 'the offer of the address did not open', { timeout: 5000 });
      expect($(again, 'dialog h2')!.textContent).to.equal($(board!, 'dialog h2')!.textContent);
    });
  });

  it('a venue’s details carry its permalink; the address opens the map on that venue, its details open', async () => {
    await at('', async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<carif-venue-map sync-url tile-url="none"></carif-venue-map>`);
      await settled(el, 10_000);
      const third = $$(el, 'li[data-id]')[2]!;
      const id = third.dataset.id!;
      third.querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
      await el.updateComplete;
      const link = third.querySelector<HTMLAnchorElement>('.details a[href*="carif-lieux-id"]')!;
      expect(link, 'no permalink in the venue’s details').to.exist;
      expect(new URL(link.href).searchParams.get('carif-lieux-id')).to.equal(id);
      expect(param('carif-lieux-id'), 'opening the details names the venue in the address').to.equal(id);
      const again = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<carif-venue-map sync-url tile-url="none"></carif-venue-map>`);
      await waitUntil(() => $(again, `li[data-id="${CSS.escape(id)}"] .card.is-selected`), 'the venue of the address is not selected', { timeout: 5000 });
      const card = $(again, `li[data-id="${CSS.escape(id)}"]`)!;
      expect(card.querySelector('.details')!.hasAttribute('hidden')).to.equal(false);
    });
  });
});
