/**
 * The agenda's month grid with the keyboard alone: after Enter on a day without events, Tab moves
 * on (it does not go back to the widget's first control), and the keys never walk into months the
 * "Mois précédent" button refuses (Page Up, ArrowLeft from the 1st, ArrowUp in the first week).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/event-agenda/define.js';
import type { CarifEventAgenda } from '../../src/event-agenda/event-agenda.js';
import { $, $$, active, freshCache, settled } from '../helpers/helpers.js';

const NOW = new Date('2026-11-24T09:00:00Z');

async function month(): Promise<{ el: CarifEventAgenda; after: HTMLButtonElement }> {
  freshCache();
  const wrap = await fixture<HTMLDivElement>(html`<div><carif-event-agenda view="month" .now=${NOW}></carif-event-agenda><button id="after">Après le widget</button></div>`);
  const el = wrap.firstElementChild as CarifEventAgenda;
  await settled(el);
  await waitUntil(() => $(el, 'td[role="gridcell"][tabindex="0"]'), 'no grid');
  return { el, after: wrap.querySelector('#after')! };
}

const focused = (el: Element) => (active(el) as HTMLElement | null)?.dataset.day;

describe('<carif-event-agenda> month grid with the keyboard', () => {
  it('Enter on a day without events keeps the focus on that day, and Tab moves on past the grid', async () => {
    const { el, after } = await month();
    const emptyDay = () => $$(el, 'td[role="gridcell"]:not(.out)').find((td) => td.dataset.day! >= '2026-11-24' && !td.querySelector('.dot'));
    for (let i = 0; i < 6 && !emptyDay(); i++) {
      const label = $(el, '#month-label')!.textContent;
      $$<HTMLButtonElement>(el, '.month-nav button')[1]!.click();
      // The next month drawn with its own events, not the previous one's grid still on screen.
      await waitUntil(() => $(el, '#month-label')!.textContent !== label && $(el, '.list.month')?.getAttribute('aria-busy') === 'false', 'the next month did not load');
      await settled(el);
    }
    const empty = emptyDay()!;
    expect(empty, 'no day without events in six months').to.exist;
    empty.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, 'section.day-panel'), 'the day panel did not open');
    await el.updateComplete;
    expect(focused(el), 'the focus left the day').to.equal(empty.dataset.day);
    expect($(el, 'section.day-panel')!.textContent).to.match(/Aucun événement/i);
    await sendKeys({ press: 'Tab' });
    const first = $$(el, 'button, input, select, a[href], [tabindex="0"]')[0]!;
    expect(active(el) === first, 'Tab went back to the widget\'s first control').to.equal(false);
    expect(document.activeElement === after || (active(el) !== null && active(el) !== empty), 'Tab did not move on').to.equal(true);
  });

  for (const [key, from] of [['PageUp', '2026-11-24'], ['ArrowLeft', '2026-11-01'], ['ArrowUp', '2026-11-03']] as const) {
    it(`${key} from ${from} stays in the current month (the previous one is refused, as its button is)`, async () => {
      const { el } = await month();
      expect($<HTMLButtonElement>(el, '.month-nav button')!.disabled, '"Mois précédent" is refused').to.equal(true);
      $<HTMLElement>(el, `td[data-day="${from}"]`)!.focus();
      await sendKeys({ press: key });
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      expect($(el, '#month-label')!.textContent).to.match(/novembre 2026/);
      expect(focused(el)!.startsWith('2026-11'), `the focus went to ${focused(el)}`).to.equal(true);
    });
  }
});
