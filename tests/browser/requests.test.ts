import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/event-agenda/define.js';
import '../../src/internship-board/define.js';
import '../../src/training-search/define.js';
import '../../src/venue-map/define.js';
import { $, $$, faultBase, freshCache, nextEvent, settled } from '../helpers/helpers.js';

// Requests a visitor's actions cost, counted at the network boundary (window.fetch wrapped, every
// request passed on to the embedded API): one results request per settled input, none for a
// search already answered (the shared cache), stale requests aborted, and the venue map's
// venues in one exports request. bench/requests.mjs prints the same counts for the built files.

interface Sent {
  url: URL;
  aborted: boolean;
  done: boolean;
  /** When it was sent and when its answer was read, on one counter of events. */
  at: number;
  doneAt?: number;
}
let sent: Sent[] = [];
let clock = 0;
const realFetch = window.fetch;

function countRequests(): void {
  sent = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const entry: Sent = { url: new URL(input instanceof Request ? input.url : String(input), location.href), aborted: false, done: false, at: ++clock };
    sent.push(entry);
    init?.signal?.addEventListener('abort', () => (entry.aborted = true), { once: true });
    const answer = realFetch(input, init);
    // Done when the body has been read (the client reads it at once), or the request failed.
    void answer
      .then((r) => r.clone().text())
      .catch(() => undefined)
      .finally(() => ((entry.done = true), (entry.doneAt = ++clock)));
    return answer;
  };
}

/** A visitor who waits for the whole answer (the facet counts may come after the list). */
const quiet = () => waitUntil(() => sent.every((s) => s.done), 'requests still on their way', { timeout: 8000 });

const isFacets = (s: Sent) => s.url.pathname.endsWith('/facets');
/** The results requests among `list` (records or exports of the widget's dataset, not facets). */
const results = (list: Sent[], dataset: string) => list.filter((s) => s.url.pathname.includes(`/datasets/${dataset}/`) && !isFacets(s));

const WIDGETS = [
  { tag: 'carif-training-search', dataset: 'formations' },
  { tag: 'carif-event-agenda', dataset: 'evenements' },
  { tag: 'carif-internship-board', dataset: 'stages' },
  { tag: 'carif-venue-map', dataset: 'lieux-spro', extra: 'tile-url="none"' },
];

describe('requests per visitor action', () => {
  afterEach(() => (window.fetch = realFetch));

  for (const w of WIDGETS) {
    it(`${w.tag}: 1 results request per settled input, 0 for a search already answered`, async () => {
      freshCache();
      countRequests();
      const host = await fixture(`<div><${w.tag} ${w.extra ?? ''}></${w.tag}></div>`);
      const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
      await settled(el);
      await quiet();
      const load = results(sent, w.dataset);
      expect(load.length, `first load: ${load.map((s) => s.url.pathname).join(', ')}`).to.equal(1);
      if (w.dataset === 'lieux-spro') expect(load[0]!.url.pathname, 'the venues come from the exports endpoint').to.match(/\/exports\/json$/);
      // The results request goes alone: the facet counts are asked once its answer is in.
      const counts = sent.filter(isFacets);
      expect(counts.length, 'facet counts asked at first load').to.be.greaterThan(0);
      for (const c of counts) expect(c.at, 'a facet request sent before the results answer').to.be.greaterThan(load[0]!.doneAt!);

      // One filter change: one results request.
      const box = () => $$<HTMLInputElement>(el, 'fieldset[data-group] input[type="checkbox"]')[0];
      await waitUntil(() => box(), 'no filter drawn');
      let mark = sent.length;
      let answered = nextEvent(el, 'carif-results');
      box()!.click();
      await answered;
      await settled(el);
      await quiet();
      expect(results(sent.slice(mark), w.dataset).length, 'one filter change').to.equal(1);

      // Back to the previous search: answered from the cache, no request at all.
      mark = sent.length;
      answered = nextEvent(el, 'carif-results');
      box()!.click();
      await answered;
      await settled(el);
      await quiet();
      expect(sent.slice(mark).map((s) => s.url.pathname).join(', '), 'back to the previous search').to.equal('');

      // Ten letters typed: one results request once typing pauses, none per keystroke.
      mark = sent.length;
      answered = nextEvent(el, 'carif-results');
      // Keystrokes 80 ms apart, from the page's own timers: on a loaded machine the test runner's
      // key events can arrive more than the debounce apart, a typist's do not (and page timers
      // fire in order of their deadlines, so the debounce cannot pass between two keystrokes).
      const input = $<HTMLInputElement>(el, '#q')!;
      input.focus();
      for (const ch of 'orientatio') {
        input.value += ch;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: ch, inputType: 'insertText' }));
        await new Promise((r) => setTimeout(r, 80));
      }
      await answered;
      await settled(el);
      const typed = results(sent.slice(mark), w.dataset);
      expect(typed.length, `ten letters typed: ${typed.map((s) => s.url.search).join(' | ')}`).to.equal(1);
      expect(typed[0]!.url.searchParams.get('where') ?? '', 'the request has the whole word').to.contain('orientatio');
    });
  }

  it('a stale request is aborted when the search changes before it answers', async () => {
    freshCache();
    countRequests();
    // Every answer takes 600 ms, so that the first change's request is surely on its way.
    const host = await fixture(`<div><carif-training-search api-base="${faultBase('delay=600')}"></carif-training-search></div>`);
    const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    await settled(el);
    await quiet();
    const boxes = () => $$<HTMLInputElement>(el, 'fieldset[data-group] input[type="checkbox"]');
    await waitUntil(() => boxes().length > 1, 'no filters drawn');
    const mark = sent.length;
    const last = nextEvent(el, 'carif-results');
    // Two changes: the first one's request is on its way when the second starts.
    boxes()[0]!.click();
    await waitUntil(() => results(sent.slice(mark), 'formations').length === 1, 'no request for the first change');
    boxes()[1]!.click();
    await last;
    await settled(el);
    const made = results(sent.slice(mark), 'formations');
    expect(made.length).to.equal(2);
    expect(made[0]!.aborted, 'the first change’s request was aborted').to.equal(true);
    expect(made[1]!.aborted).to.equal(false);
  });
});
