// A widget removed from the page stops its requests (30 mount/remove cycles on a slow API left 81
// requests open for 16 to 19 s before), and runs them again when it comes back.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
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

type Metrics = { heap: number; listeners: number; nodes: number };
const metrics = () => executeServerCommand<Metrics, undefined>('page-metrics');

/** Observers the page made that still observe (observe() called, disconnect() not): wrapped for the test. */
function countObservers(): { live: () => number; stop: () => void } {
  const kinds = ['ResizeObserver', 'MutationObserver', 'IntersectionObserver'] as const;
  const originals = kinds.map((k) => window[k]);
  const live = new Set<object>();
  kinds.forEach((k, i) => {
    const Original = originals[i] as unknown as new (...a: unknown[]) => { observe(...a: unknown[]): void; disconnect(): void };
    class Counted extends Original {
      override observe(...a: unknown[]): void {
        live.add(this);
        super.observe(...a);
      }
      override disconnect(): void {
        live.delete(this);
        super.disconnect();
      }
    }
    (window as unknown as Record<string, unknown>)[k] = Counted;
  });
  return { live: () => live.size, stop: () => kinds.forEach((k, i) => ((window as unknown as Record<string, unknown>)[k] = originals[i])) };
}

/**
 * The widget's results, waited for without leaving a timer behind: open-wc's waitUntil keeps its
 * timeout timer (and so the element) alive for 8 s after it resolves, which would read as a leak.
 */
async function shown(el: Widget): Promise<boolean> {
  for (let i = 0; i < 400; i++) {
    if (el.shadowRoot?.querySelector('.list[aria-busy="false"]')) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

describe('lifecycle: created and removed many times, a widget leaves nothing behind', function () {
  this.timeout(60000);
  for (const tag of ['carif-training-search', 'carif-internship-board', 'carif-venue-map', 'carif-event-agenda']) {
    it(`<${tag}>: 40 cycles (results, filters, detail) leave event listeners, DOM nodes and observers at their baseline`, async () => {
      const observers = countObservers();
      try {
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        const cycle = async () => {
          host.innerHTML = `<${tag} tile-url="none"></${tag}>`;
          const el = host.firstElementChild as Widget;
          expect(await shown(el), `${tag} showed no results`).to.equal(true);
          $<HTMLButtonElement>(el, '.filters-toggle')?.click();
          await el.updateComplete;
          $<HTMLButtonElement>(el, '[part~="details-button"]')?.click();
          await el.updateComplete;
          await new Promise((r) => setTimeout(r, 30));
          host.innerHTML = '';
        };
        // Two first cycles load the lazy modules (detail, strings) and fill the shared cache.
        await cycle();
        await cycle();
        const before = await metrics();
        const liveBefore = observers.live();
        for (let i = 0; i < 40; i++) await cycle();
        const after = await metrics();
        // A leak of one listener or node per cycle would show as +40 or more.
        expect(after.listeners - before.listeners, `event listeners: ${before.listeners} -> ${after.listeners}`).to.be.below(20);
        expect(after.nodes - before.nodes, `DOM nodes: ${before.nodes} -> ${after.nodes}`).to.be.below(200);
        expect(observers.live() - liveBefore, 'observers still observing').to.equal(0);
      } finally {
        observers.stop();
      }
    });
  }
});
