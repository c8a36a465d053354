import { html, nothing, type CSSResult, type LitElement, type ReactiveController } from 'lit';
import { loadLaterCore } from '../i18n.js';
import { addStyles } from '../sheets.js';
import type { renderPanelFoot } from './filters.js';
import type { FacetedSearch } from './search.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySearch = FacetedSearch<any, any, any, any>;

/**
 * A module a widget needs only once its first results are on screen (each card's contact block,
 * drawn when the list prints; the filter panel below): loaded when the facet counts are due
 * (search.ts), so that no page pays for it before its results, with its `styles`. `module` is
 * undefined until then. A failed load is tried again at the next update (`retries`), or only when
 * asked (the filter panel's retry button: no request loop offline).
 */
export class Later<M extends { styles?: CSSResult }> implements ReactiveController {
  module?: M;
  protected loading = false;
  protected failed = false;

  constructor(
    protected readonly search: AnySearch,
    private readonly load: () => Promise<M>,
    private readonly retries = true,
  ) {
    search.host.addController(this);
  }

  hostUpdated(): void {
    if ((this.retries || !this.failed) && this.search.countsDue) this.want();
  }

  protected want(): void {
    if (this.module || this.loading) return;
    this.loading = true;
    this.failed = false;
    this.load()
      .then(
        (m) => {
          if (m.styles) addStyles(this.search.host as unknown as LitElement, m.styles);
          this.module = m;
        },
        () => (this.failed = true),
      )
      .finally(() => {
        this.loading = false;
        // A failure that is retried at the next update does not ask for one (no loop).
        if (!this.failed || !this.retries) this.search.host.requestUpdate();
      });
  }
}

/**
 * The code of a widget's filter panel (its own filters module and core/search/filters.ts), loaded
 * once the first answer is on screen, when the visitor opens the panel (narrow screens), or after
 * two seconds: a page runs none of it before its results, which paint as soon as they arrive (the
 * facet counts follow anyway). Until then the panel is marked busy; if the code cannot load, the
 * panel says so and offers to try again. The module brings the panel's styles (`styles`) and, in
 * `ready`, with the panel's core words (i18n.later.ts), what it waits for before it draws (labels,
 * the département names).
 */
export class LazyPanel<M extends { styles: CSSResult; ready?: () => Promise<unknown>; renderPanelFoot: typeof renderPanelFoot }> extends Later<M> {
  constructor(search: AnySearch, load: () => Promise<M>) {
    super(search, () => Promise.all([load(), loadLaterCore()]).then(async ([m]) => (await m.ready?.(), m)), false);
  }

  protected override want(): void {
    if (!this.search.o.hidesAll?.()) super.want();
  }

  /** The panel drawn by `draw` once its code is here, then its last buttons; undefined while it loads (the layout marks it busy). */
  render(draw: (m: M) => unknown, words: Parameters<typeof renderPanelFoot>[1]): unknown {
    if (this.search.o.hidesAll?.()) return nothing;
    if (this.module) return [draw(this.module), this.module.renderPanelFoot(this.search, words)];
    if (!this.failed) return undefined;
    const core = this.search.o.core();
    return html`<p role="alert">${core.filtersFailed}</p>
      <button type="button" class="button" part="button retry-button" @click=${() => this.want()}>${core.retry}</button>`;
  }
}
