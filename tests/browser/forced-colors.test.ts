/**
 * Windows high contrast (forced colours, emulated through CDP: web-test-runner.config.mjs,
 * forcedColors). Backgrounds, shadows and author colours are replaced by system colours there, so a
 * state drawn only with them disappears. Each state below must still look different from its
 * neighbour: the current page of the pager, the agenda's today, chosen day, days of other months
 * and (on a phone) its event dots, the chosen venue's card and marker, and the detail dialog's edge.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/training-search/define.js';
import '../../src/event-agenda/define.js';
import '../../src/venue-map/define.js';
import { $, $$, settled } from '../helpers/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const NOW = new Date('2026-11-24T09:00:00Z');

/** What can still be seen of an element under forced colours. */
function look(el: Element): string {
  const s = getComputedStyle(el);
  return [s.backgroundColor, s.color, `${s.outlineStyle} ${s.outlineWidth}`, `${s.borderTopStyle} ${s.borderTopWidth} ${s.borderTopColor}`, s.textDecorationLine].join(' | ');
}
const differs = (a: Element, b: Element, what: string) => expect(look(a), `${what}: looks the same as its neighbour`).to.not.equal(look(b));

describe('forced colours (Windows high contrast)', function () {
  this.timeout(30000);
  before(async () => {
    await executeServerCommand('forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches, 'the emulation is on').to.equal(true);
  });
  after(() => executeServerCommand('forced-colors', { active: false }));

  it('the pager shows the current page; the detail dialog has an edge', async () => {
    const el = await fixture<Widget>(html`<carif-training-search></carif-training-search>`);
    expect(await settled(el)).to.equal('list');
    const current = $(el, '.pagination [aria-current="page"]')!;
    const other = $$(el, '.pagination button').find((b) => b.getAttribute('aria-current') !== 'page' && /^\d+$/.test(b.textContent!.trim()))!;
    differs(current, other, 'the current page');
    $<HTMLButtonElement>(el, '[part~="details-button"]')!.click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'the detail did not open');
    const dialog = getComputedStyle($(el, 'dialog')!);
    expect(dialog.borderTopStyle !== 'none' && parseFloat(dialog.borderTopWidth) >= 1 ? 'edge' : 'no edge', 'the dialog has no visible edge').to.equal('edge');
  });

  it('the month grid: today, the chosen day, days of other months, and on a phone the event dots', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:1000px"><carif-event-agenda view="month" .now=${NOW}></carif-event-agenda></div>`);
    const el = wrap.firstElementChild as Widget;
    await waitUntil(() => $(el, 'td[data-day="2026-11-24"]'), 'no month grid');
    await settled(el);
    const today = $(el, 'td[data-day="2026-11-24"] .num')!;
    differs(today, $(el, 'td[data-day="2026-11-25"] .num')!, 'today');
    const out = $$(el, 'td.out')[0]!;
    differs(out, $(el, 'td[data-day="2026-11-25"]')!, 'a day of another month');
    $(el, 'td[data-day="2026-11-26"]')!.click();
    await waitUntil(() => $(el, 'td[data-day="2026-11-26"]')!.getAttribute('aria-selected') === 'true', 'the day was not chosen');
    differs($(el, 'td[data-day="2026-11-26"]')!, $(el, 'td[data-day="2026-11-27"]')!, 'the chosen day');
    // On a phone, a dot says that a day has events.
    wrap.style.width = '320px';
    await waitUntil(() => $$(el, '.grid .dot').some((d) => getComputedStyle(d).display !== 'none'), 'no dot shown at 320 px');
    const dot = $$(el, '.grid .dot').find((d) => getComputedStyle(d).display !== 'none')!;
    expect(getComputedStyle(dot).backgroundColor, 'the dot is the colour of its day').to.not.equal(getComputedStyle(dot.closest('td')!).backgroundColor);
  });

  it('the venue map: the chosen venue card and its marker', async () => {
    const el = await fixture<Widget>(html`<carif-venue-map tile-url="none"></carif-venue-map>`);
    await settled(el, 10000);
    await waitUntil(() => $(el, '.carif-marker'), 'no marker', { timeout: 10000 });
    const cards = $$(el, '.list > li');
    (cards[1]!.querySelector('button[aria-label^="Voir sur la carte"]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '.carif-point.is-selected'), 'no marker was chosen');
    differs(cards[1]!.querySelector('.card')!, cards[2]!.querySelector('.card')!, 'the chosen card');
    const chosen = $(el, '.carif-point.is-selected > span')!;
    // The same marker not chosen, for comparison: a copy without the state, beside it.
    const probe = chosen.parentElement!.cloneNode(true) as HTMLElement;
    probe.classList.remove('is-selected');
    chosen.parentElement!.after(probe);
    const other = probe.firstElementChild!;
    differs(chosen, other, 'the chosen marker');
    expect(getComputedStyle(other).backgroundColor, 'a marker is the colour of the map').to.not.equal(getComputedStyle($(el, '.leaflet-container')!).backgroundColor);
    probe.remove();
  });
});
