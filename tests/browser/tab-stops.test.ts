/**
 * Keyboard reach: Tab stops from the top of the page to the first result's button, for each widget
 * on a wide screen (filters shown), without using the skip link. Long filter groups are collapsed
 * to a few choices and a "show the others" button, so that the filters cost a few dozen stops, not
 * eighty. The counts are printed (the figures: 82, 65 and 76 before).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/training-search/define.js';
import '../../src/internship-board/define.js';
import '../../src/event-agenda/define.js';
import '../../src/venue-map/define.js';
import { $, active, freshCache, nextEvent, settled } from '../helpers/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Tab presses from a button placed before the widget until `reached` holds (or `max`). */
async function stopsTo(el: Widget, reached: (a: Element) => boolean, max = 150): Promise<number> {
  const before = el.previousElementSibling as HTMLElement;
  before.focus();
  for (let i = 1; i <= max; i++) {
    await sendKeys({ press: 'Tab' });
    const a = active(el);
    if (a && reached(a)) return i;
  }
  return Infinity;
}

/** Stops before (the walk, and this test on the previous code: 78, 67, 64, 89) and the limit now. */
const LIMIT: Record<string, number> = { 'carif-training-search': 48, 'carif-internship-board': 34, 'carif-event-agenda': 31, 'carif-venue-map': 36 };

describe('Tab stops to the first result', function () {
  this.timeout(60000);
  before(() => setViewport({ width: 1280, height: 900 }));

  for (const [tag, target] of [
    ['carif-training-search', (a: Element) => a.matches('[part~="details-button"]')],
    ['carif-internship-board', (a: Element) => a.matches('[part~="details-button"], [part~="map-toggle"]')],
    ['carif-event-agenda', (a: Element) => a.matches('[part~="details-button"]')],
    // The venue map's results begin with the map (its container, then its markers).
    ['carif-venue-map', (a: Element) => !!a.closest('.map-wrap, .list-wrap') && !a.matches('[part~="skip-map"]')],
  ] as const) {
    it(`<${tag}>: at most ${LIMIT[tag]} Tab stops from the top to the first result`, async () => {
      freshCache();
      const wrap = await fixture<HTMLDivElement>(html`<div><button>avant</button></div>`);
      const el = document.createElement(tag) as Widget;
      el.setAttribute('tile-url', 'none');
      wrap.append(el);
      await settled(el, 10000);
      expect($(el, '.filters'), 'filters shown').to.exist;
      const n = await stopsTo(el, target);
      console.log(`<${tag}>: ${n} Tab stops to the first result`);
      expect(n).to.be.at.most(LIMIT[tag]!);
    });
  }

  it('a long group shows its first choices and every chosen one; its button shows the others and says so', async () => {
    freshCache();
    const el = await fixture<Widget>(html`<carif-training-search></carif-training-search>`);
    await settled(el);
    const group = () => el.shadowRoot!.querySelector('fieldset[data-group="financeur"]')!;
    const boxes = () => group().querySelectorAll('input[type="checkbox"]').length;
    const more = () => group().querySelector<HTMLButtonElement>('[part~="more-choices"]')!;
    await waitUntil(() => el.shadowRoot!.querySelector('fieldset[data-group="financeur"]'), 'no funding counts');
    expect(boxes()).to.equal(4);
    expect(more().getAttribute('aria-expanded')).to.equal('false');
    const hidden = Number(/\d+/.exec(more().textContent!)![0]);
    expect(more().getAttribute('aria-label')).to.equal(`Qui peut payer : Voir les ${hidden} autres choix`);
    more().click();
    await el.updateComplete;
    expect(boxes()).to.equal(4 + hidden);
    expect(more().getAttribute('aria-expanded')).to.equal('true');
    // A choice beyond the first four stays in view when the group is collapsed again.
    const last = [...group().querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].at(-1)!;
    const value = last.value;
    const answered = nextEvent(el, 'carif-results');
    last.click();
    await answered;
    await settled(el);
    more().click();
    await el.updateComplete;
    expect(boxes()).to.equal(5);
    expect(group().querySelector<HTMLInputElement>(`input[value="${value}"]`)!.checked).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
