// What the four widgets send a portal: only constructs the Explore v2.1 specification documents
// (docs/explore-v2.1.md). The embedded API refuses the others (!=, <>, not in, SQL wildcards in
// like, unquoted reserved words), so every widget test doubles as a check; this file looks at the
// requests themselves, read from the browser's resource timing entries.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/training-search/define.js';
import '../../src/internship-board/define.js';
import '../../src/venue-map/define.js';
import '../../src/event-agenda/define.js';
import { findCommunes } from '../../src/data/communes.js';
import { ExploreClient } from '../../src/data/client.js';
import { $, freshCache, settled } from '../helpers/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const API = '/api/explore/v2.1';

/** Every `where` (and group_by) the page sent to the embedded API since `since`. */
function sentSince(since: number): { where: string[]; groupBy: string[]; paths: string[] } {
  const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.startTime >= since && e.name.includes(API));
  const urls = entries.map((e) => new URL(e.name));
  return { where: urls.flatMap((u) => u.searchParams.getAll('where')), groupBy: urls.flatMap((u) => u.searchParams.getAll('group_by')), paths: urls.map((u) => u.pathname) };
}

async function typeAndSearch(el: Widget, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#q')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  $<HTMLFormElement>(el, 'form.search')!.requestSubmit();
  await new Promise((r) => setTimeout(r, 50));
  await settled(el);
}

describe('portal conformance: what the widgets send', () => {
  for (const tag of ['carif-training-search', 'carif-internship-board', 'carif-venue-map', 'carif-event-agenda']) {
    it(`<${tag}>: search("…") for words, backquoted fields, no like, != or <>, answered 200`, async () => {
      freshCache();
      performance.clearResourceTimings();
      const since = performance.now();
      const el = await fixture<HTMLElement>(html`<div></div>`);
      el.innerHTML = `<${tag} region="27" department="21 25" tile-url="none"></${tag}>`;
      const widget = el.firstElementChild as Widget;
      await settled(widget);
      await typeAndSearch(widget, 'orient');
      const { where } = sentSince(since);
      expect(where.length, 'requests with a where').to.be.greaterThan(1);
      for (const w of where) {
        expect(w, w).to.not.match(/\slike\s|!=|<>|\snot in\s/i);
        // A field compared or listed is in backquotes ([SPEC] Field names; the official client's field()).
        expect(w.replace(/"(?:[^"\\]|\\.)*"/g, '""'), w).to.not.match(/(^|[\s(])(region|departement) (=|in) /);
      }
      expect(where.some((w) => w.includes('search("orient")')), 'search-as-you-type through search()').to.equal(true);
      expect(where.some((w) => /`region` = "27"/.test(w))).to.equal(true);
      // Every one of those answers was a 200: the stricter emulation accepted them all.
      const failed = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.startTime >= since && e.name.includes(API) && e.responseStatus >= 400);
      expect(failed.map((e) => e.name)).to.deep.equal([]);
    });
  }

  it('the commune box: a partial postcode through startswith(), a name through search(`nom`, …)', async () => {
    freshCache();
    const client = new ExploreClient({ apiBase: API });
    performance.clearResourceTimings();
    const since = performance.now();
    const byCode = await findCommunes(client, '210');
    const byName = await findCommunes(client, 'besan');
    const { where } = sentSince(since);
    expect(where[0]).to.equal('startswith(`codes_postaux`, "210")');
    expect(where[1]).to.equal('search(`nom`, "besan")');
    expect(byCode.length).to.be.greaterThan(0);
    for (const p of byCode) expect(p.label).to.match(/\b210\d\d\b/);
    expect(byName.map((p) => p.label).join()).to.contain('Besançon');
  });

  it('the employer directory groups without reading a total', async () => {
    freshCache();
    performance.clearResourceTimings();
    const since = performance.now();
    const el = await fixture<Widget>(html`<carif-internship-board mode="employers"></carif-internship-board>`);
    await settled(el);
    const { groupBy } = sentSince(since);
    expect(groupBy.length).to.be.greaterThan(0);
    expect($(el, '#results-heading')!.textContent).to.match(/^Plus de 10 employeurs/);
  });
});
