// The filter panel's code loads once the first results are on screen (core/search/lazy-panel.ts):
// before then the panel is marked busy and holds no control; the visitor opening it (narrow
// screens) or a slow answer (2 s) loads it sooner; a load that fails says so and can be retried.
// A detail whose code cannot load says so too, and throws nothing at the page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { TaskStatus } from '@lit/task';
import { css, LitElement, type CSSResult, type TemplateResult } from 'lit';
import '../../src/training-search/define.js';
import '../../src/event-agenda/define.js';
import type { CarifTrainingSearch } from '../../src/training-search/training-search.js';
import { coreStrings } from '../../src/core/i18n.js';
import { LazyPanel } from '../../src/core/search/lazy-panel.js';
import { CarifSearchElement } from '../../src/core/search/search-element.js';
import type { FacetedSearch, SearchState } from '../../src/core/search/search.js';
import { DetailDialog, type DetailModule } from '../../src/core/detail-dialog.js';
import { dialogView } from '../../src/core/dialog-view.js';
import type { CarifResultsDetail } from '../../src/core/events.js';
import { $, $$, faultBase, freshCache, settled } from '../helpers/helpers.js';

const busy = (el: Element) => $(el, '.filters')!.getAttribute('aria-busy') === 'true';
const answered = (el: Element) => !!$(el, '.list[aria-busy="false"]');

describe('the filter panel loads after the results', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is busy and empty while the first answer loads, drawn once the results are shown', async () => {
    freshCache();
    const el = await fixture<CarifTrainingSearch>(html`<carif-training-search api-base=${faultBase('delay=1200')}></carif-training-search>`);
    await new Promise((r) => setTimeout(r, 600));
    expect($(el, '[part="loading"]'), 'still loading').to.exist;
    expect(busy(el), 'panel busy while loading').to.equal(true);
    expect(!!$(el, '#place'), 'no place field yet').to.equal(false);
    expect($$(el, '.filters input').length).to.equal(0);
    await settled(el);
    expect(answered(el)).to.equal(true);
    expect(busy(el)).to.equal(false);
    expect($(el, '#place'), 'the place field is drawn').to.exist;
    expect($$(el, '.filters [type="date"]').length).to.equal(2);
    // The panel's own styles came with its code.
    expect(getComputedStyle($(el, '.filters .dates')!).display).to.equal('flex');
  });

  it('loads without waiting for an answer slower than 2 s', async function () {
    this.timeout(15_000);
    freshCache();
    const el = await fixture<CarifTrainingSearch>(html`<carif-training-search api-base=${faultBase('delay=4000')}></carif-training-search>`);
    await waitUntil(() => !!$(el, '#place'), 'the panel after 2 s', { timeout: 3500 });
    expect(answered(el), 'results not there yet').to.equal(false);
    // Drawn, and busy while its counts (asked at 2 s too, as slow as the results) are on their way.
    expect(busy(el)).to.equal(true);
    expect($$(el, '.filters [type="checkbox"]').length, 'the ordered groups are there, without counts').to.be.greaterThan(0);
    expect($$(el, '.filters .count').length).to.equal(0);
    await settled(el, 9000);
    expect(busy(el)).to.equal(false);
    expect($$(el, '.filters .count').length, 'then their counts').to.be.greaterThan(0);
  });

  it('loads at once when the visitor opens the filters before the results (a phone)', async () => {
    await setViewport({ width: 360, height: 700 });
    freshCache();
    const el = await fixture<CarifTrainingSearch>(html`<carif-training-search api-base=${faultBase('delay=1500')}></carif-training-search>`);
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.filters-toggle')!.click();
    await waitUntil(() => !!$(el, '#place'), 'the panel after the toggle', { timeout: 1000 });
    expect(answered(el), 'results not there yet').to.equal(false);
  });

  it('draws nothing in a widget whose filters are all hidden, and stays not busy', async () => {
    freshCache();
    const el = await fixture(html`<carif-event-agenda layout="compact"></carif-event-agenda>`);
    await settled(el as CarifTrainingSearch);
    expect($$(el, '.filters').length).to.equal(0);
  });
});

/** A host with a LazyPanel over a search whose answer is there, and a module loader that fails first. */
type Panel = { styles: CSSResult; text: string; renderPanelFoot: () => TemplateResult };
const WORDS = { clearFilters: 'Effacer', showResults: () => 'Voir' };
class PanelHost extends LitElement {
  calls = 0;
  readonly panel = new LazyPanel<Panel>(
    {
      host: this,
      results: { status: TaskStatus.COMPLETE },
      countsDue: true,
      filtersOpen: false,
      o: { core: () => coreStrings.get('fr') },
    } as unknown as ConstructorParameters<typeof LazyPanel<Panel>>[0],
    () => (++this.calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ styles: css`.filters { color: rgb(1, 2, 3); }`, text: 'filtres chargés', renderPanelFoot: () => html`<button>Voir</button>` })),
  );
  override render() {
    return html`<div class="filters" aria-busy=${this.panel.render((m) => m, WORDS) === undefined ? 'true' : 'false'}>${this.panel.render((m) => m.text, WORDS)}</div>`;
  }
}
customElements.define('lazy-panel-host', PanelHost);

describe('a filter panel whose code cannot load', () => {
  it('says so in words and loads again on retry, not by itself', async () => {
    const el = await fixture<PanelHost>(html`<lazy-panel-host></lazy-panel-host>`);
    await waitUntil(() => !!$(el, '[role="alert"]'), 'the failure is said');
    expect($(el, '[role="alert"]')!.textContent).to.equal('Les filtres n’ont pas pu s’afficher.');
    // Further updates do not retry on their own (no request loop while offline).
    el.requestUpdate();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(el.calls).to.equal(1);
    $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
    await waitUntil(() => $(el, '.filters')!.textContent!.includes('filtres chargés'), 'drawn after retry');
    expect(el.calls).to.equal(2);
    expect($$(el, '[role="alert"]').length).to.equal(0);
    expect(getComputedStyle($(el, '.filters')!).color, 'the module’s styles are added').to.equal('rgb(1, 2, 3)');
  });
});

/** A search widget whose detail's code is not on the server (a connection lost after the results). */
class DetailHost extends CarifSearchElement {
  loads = 0;
  readonly search = { notice: '' } as unknown as FacetedSearch<string, SearchState<string>, unknown, CarifResultsDetail>;
  /** The first load fails (the file is not there); the second one gets a detail module. */
  readonly detail = new DetailDialog<{ id: string }, DetailModule>(this, () => (++this.loads === 1 ? import(/* @vite-ignore */ MISSING) : Promise.resolve({ detailStyles: css``, dialogView })));
  override render() {
    return html`<p class="notice">${this.search.notice}</p>
      <button type="button" @click=${(e: Event) => this.openDetail(this.detail, this.search, { id: 'x' }, e.currentTarget as HTMLElement)}>Voir le détail</button>
      ${this.detail.render(() => html`<h2>Le détail</h2>`)}`;
  }
}
const MISSING = '/tests/browser/no-such-detail.js';
customElements.define('detail-host', DetailHost);

describe('a detail whose code cannot load', () => {
  it('says so above the results, tells the page nothing was opened, throws nothing at it; the next click tries again, opens it and clears the words', async () => {
    const el = await fixture<DetailHost>(html`<detail-host></detail-host>`);
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
    addEventListener('unhandledrejection', onRejection);
    const selected: Event[] = [];
    el.addEventListener('carif-select', (e) => selected.push(e));
    try {
      $<HTMLButtonElement>(el, 'button')!.click();
      await waitUntil(() => $(el, '.notice')!.textContent!.trim(), 'the failure is said');
      expect($(el, '.notice')!.textContent).to.equal(coreStrings.get('fr').errors.offline);
      expect(selected.length, 'no carif-select for a detail not shown').to.equal(0);
      expect($$(el, 'dialog[open]').length).to.equal(0);
      $<HTMLButtonElement>(el, 'button')!.click();
      await waitUntil(() => $$(el, 'dialog[open]').length === 1, 'the second click opens the detail');
    } finally {
      removeEventListener('unhandledrejection', onRejection);
    }
    expect(el.loads, 'the second click tried again').to.equal(2);
    expect(rejections.length, 'no rejection reached the page').to.equal(0);
    expect(selected.length, 'carif-select once the detail is shown').to.equal(1);
    expect($(el, '.notice')!.textContent, 'the failure words are gone').to.equal('');
    $<HTMLDialogElement>(el, 'dialog')!.close();
  });
});
