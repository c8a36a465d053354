// A widget removed from the page stops its requests (30 mount/remove cycles on a slow API left 81
// requests open for 16 to 19 s before), and runs them again when it comes back.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/training-search/define.js';
import '../../src/internship-board/define.js';
import '../../src/venue-map/define.js';
import '../../src/event-agenda/define.js';
import { $, freshCache, settled } from '../helpers/helpers.js';

const SLOW = '/__fault/delay=4000/api/explore/v2.1';
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** The signals of every request the page makes while `run` goes on (the network boundary). */
async function watchFetches<T>(run: (signals: AbortSignal[]) => Promise<T>): Promise<T> {
  const original = window.fetch;
  const signals: AbortSignal[] = [];
  window.fetch = (input, init) => {
    if (init?.signal) signals.push(init.signal);
    return original(input, init);
  };
  try {
    return await run(signals);
  } finally {
    window.fetch = original;
  }
}

describe('lifecycle: a removed widget stops its work', () => {
  for (const tag of ['carif-training-search', 'carif-internship-board', 'carif-venue-map', 'carif-event-agenda']) {
    it(`<${tag}>: removing it aborts its pending requests; putting it back loads again`, async () => {
      freshCache();
      await watchFetches(async (signals) => {
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        host.innerHTML = `<${tag} api-base="${SLOW}" tile-url="none"></${tag}>`;
        const el = host.firstElementChild as Widget;
        await waitUntil(() => signals.length > 0, 'no request started');
        expect(signals.some((s) => s.aborted)).to.equal(false);
        el.remove();
        await waitUntil(() => signals.every((s) => s.aborted), `${signals.filter((s) => !s.aborted).length} of ${signals.length} requests still open after removal`, { timeout: 1000 });
        // Back in the page, on a quick API: it shows results again instead of a stale "loading".
        const before = signals.length;
        el.setAttribute('api-base', '/api/explore/v2.1');
        host.append(el);
        await waitUntil(() => signals.length > before, 'no new request after coming back');
        expect(await settled(el)).to.be.oneOf(['list', 'empty']);
        expect($(el, '[part="error"]')).to.equal(null);
      });
    });
  }

  it('30 mount/remove cycles leave no request open', async () => {
    freshCache();
    await watchFetches(async (signals) => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      for (let i = 0; i < 30; i++) {
        host.innerHTML = `<carif-training-search api-base="${SLOW}"></carif-training-search>`;
        await (host.firstElementChild as Widget).updateComplete;
        await new Promise((r) => setTimeout(r, 20));
        host.innerHTML = '';
      }
      await waitUntil(() => signals.length > 0 && signals.every((s) => s.aborted), `${signals.filter((s) => !s.aborted).length} of ${signals.length} still open`, { timeout: 1000 });
    });
  });
});
