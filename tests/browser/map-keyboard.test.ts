/**
 * The maps with the keyboard alone: the map itself is a named Tab stop (venue map and board map),
 * "Passer la carte" lands where the focus can be seen, and after "Voir sur la carte" the chosen
 * marker has the focus and Tab (or Escape) brings it back to its card, not through the map's
 * controls to the first card.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/venue-map/define.js';
import '../../src/internship-board/define.js';
import { $, $$, active, freshCache, settled } from '../helpers/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

async function venueMap(): Promise<Widget> {
  freshCache();
  const el = await fixture<Widget>(html`<carif-venue-map tile-url="none"></carif-venue-map>`);
  await settled(el, 10000);
  await waitUntil(() => $(el, '.carif-marker'), 'no marker', { timeout: 10000 });
  return el;
}

const named = (node: Element | null) => !!node && node.getAttribute('role') === 'application' && (node.getAttribute('aria-label') ?? '').trim().length > 10;

describe('maps with the keyboard', function () {
  this.timeout(30000);

  it('the map container, a Tab stop of Leaflet, has a role and a name, in the venue map and in the board', async () => {
    const el = await venueMap();
    const container = $(el, '.leaflet-container')!;
    expect(container.getAttribute('tabindex')).to.equal('0');
    expect(named(container), 'the venue map container has no name').to.equal(true);
    const board = await fixture<Widget>(html`<carif-internship-board tile-url="none"></carif-internship-board>`);
    await settled(board);
    $<HTMLButtonElement>(board, '[part~="map-toggle"]')!.click();
    await waitUntil(() => $(board, '.leaflet-container'), 'the board map did not show', { timeout: 10000 });
    expect(named($(board, '.leaflet-container')), 'the board map container has no name').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('an offer opened from the board map keeps the map drawn (the detail adds its styles beside the map\'s)', async () => {
    const board = await fixture<Widget>(html`<carif-internship-board tile-url="none"></carif-internship-board>`);
    await settled(board);
    $<HTMLButtonElement>(board, '[part~="map-toggle"]')!.click();
    await waitUntil(() => $(board, '.leaflet-marker-icon'), 'the board map did not show', { timeout: 10000 });
    $<HTMLButtonElement>(board, '[part~="details-button"]')!.click();
    await waitUntil(() => $<HTMLDialogElement>(board, 'dialog')?.open, 'the detail did not open');
    // Leaflet's own CSS places its panes; without it the map falls apart (and a ResizeObserver loop follows).
    expect(getComputedStyle($(board, '.leaflet-pane')!).position).to.equal('absolute');
    expect(getComputedStyle($(board, 'dialog')!).position).to.equal('fixed');
  });

  it('"Passer la carte" sends the focus to a heading that can be seen', async () => {
    const el = await venueMap();
    $<HTMLButtonElement>(el, '[part~="skip-map"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.id === 'list-heading', 'the list heading did not get the focus');
    const box = active(el)!.getBoundingClientRect();
    expect(box.width > 20 && box.height > 10, `the focused heading is ${box.width}×${box.height} px`).to.equal(true);
    expect(getComputedStyle(active(el)!).outlineStyle).to.not.equal('none');
  });

  for (const key of ['Tab', 'Escape']) {
    it(`after "Voir sur la carte", the marker has the focus and ${key} brings it back to the card`, async () => {
      const el = await venueMap();
      const card = $$(el, '.list > li')[3]!;
      const button = card.querySelector<HTMLButtonElement>('[data-show-on-map]')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.classList.contains('is-selected'), 'the chosen marker did not get the focus');
      await sendKeys({ press: key });
      await waitUntil(() => active(el) === button, `${key} went to ${active(el)?.className || active(el)?.localName}, not back to the card`);
    });
  }
});
