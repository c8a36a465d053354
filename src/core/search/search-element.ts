import { CarifElement } from '../base-element.js';
import { list, listConverter } from '../converters.js';
import { property } from '../decorators.js';
import { isRegion } from './presets.js';
import type { FacetedSearch } from './search.js';
import type { DetailDialog, DetailModule } from '../detail-dialog.js';
import type { UrlItems, UrlSpec, UrlSync } from './url-sync.js';

/**
 * The attributes every search widget has, under the same names: the regions it is limited to,
 * the départements and publics it starts with, where it finds communes, and its heading. The
 * slots, parts and theme properties below are those of every widget (each widget lists its own).
 *
 * @slot loading - Replaces the loading message.
 * @slot empty - Replaces the "no result" message.
 * @slot error - Replaces the error message (the retry button stays).
 *
 * @csspart title - The heading of the widget.
 * @csspart search - The keyword search form.
 * @csspart search-input - The keyword field.
 * @csspart search-button - The search button.
 * @csspart button - Every button (with a second name for the particular ones below).
 * @csspart skip-link - The link past the filters to the results (shown when it has the focus).
 * @csspart filters-toggle - The button that shows or hides the filters (narrow screens).
 * @csspart show-results - The button at the end of the open filters that goes back to the results, with their number (narrow screens).
 * @csspart filters - The filter panel.
 * @csspart filter-group - One group of filters (a fieldset).
 * @csspart more-choices - The button that shows all the choices of a long filter group, or fewer.
 * @csspart around-me - The "around me" button of the place filter.
 * @csspart clear-button - The "clear all filters" button.
 * @csspart results - The results area.
 * @csspart summary - The heading that says how many results.
 * @csspart print-button - The "print the list" button.
 * @csspart list - The list of results.
 * @csspart card - One result.
 * @csspart card-title - The title of a result.
 * @csspart details-button - The button that opens (or shows) the detail of a result.
 * @csspart loading - The loading state.
 * @csspart empty - The "no result" state.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button.
 * @csspart sample-notice - The "sample data" notice.
 *
 * @cssprop --carif-color-primary - Buttons, links, headings accents (default #1d4f91).
 * @cssprop --carif-color-on-primary - Text on primary buttons (default #fff).
 * @cssprop --carif-color-text - Text colour (default #1e1e1e).
 * @cssprop --carif-color-muted - Secondary text (default #555).
 * @cssprop --carif-color-border - Borders (default #8a8a8a).
 * @cssprop --carif-color-surface - Cards and fields background (default #fff).
 * @cssprop --carif-color-surface-alt - Panels background (default #f3f5f8).
 * @cssprop --carif-color-background - Widget background (default transparent).
 * @cssprop --carif-color-error - Error accent (default #b3261e).
 * @cssprop --carif-color-success - "Open now" and other good news (default #1b6e3a).
 * @cssprop --carif-color-focus - Focus ring (default #0a58ca).
 * @cssprop --carif-font-family - Font (default the system font).
 * @cssprop --carif-font-size - Base size (default the visitor's browser setting).
 * @cssprop --carif-radius - Corner radius (default 0.5rem).
 * @cssprop --carif-spacing - Base spacing (default 1rem).
 * @cssprop --carif-target-size - Minimum size of click targets (default 2.75rem).
 */
export abstract class CarifSearchElement extends CarifElement {
  /** Only results in these INSEE regions (space-separated), e.g. `27`. */
  @list @property({ converter: listConverter }) region: string[] = [];

  /** Preset départements (space-separated codes), e.g. `21 25`. Fixed when `department` is in `hide-filters`. */
  @list @property({ converter: listConverter }) department: string[] = [];

  /** Preset publics (codes of the widget's table of publics, in its README), e.g. `jeunes demandeurs_emploi`. */
  @list @property({ converter: listConverter }) public: string[] = [];

  /**
   * Where the data comes from: empty for the widgets' own contract (`api-base`, `dataset`), or the
   * real public sources the widget knows (space-separated; listed in its README). `api-base`
   * then overrides the address of a single source.
   */
  @property() source = '';

  /** Dataset used to find a commune or postcode. */
  @property({ attribute: 'communes-dataset' }) communesDataset = 'communes';

  /** The heading shown above the widget; empty to show none. */
  @property() heading?: string;

  /**
   * Writes the search into the page's address (query parameters under the widget's prefix), so
   * that Back returns to the previous search, a reload keeps it, and each result has a link that
   * opens the page on it.
   */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;

  /** The URL state, with `sync-url` (its code loads then). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected urlSync?: UrlSync<any, any>;

  /** While the page prints (from `beforeprint` to `afterprint`): the list is dated anew, the venues print in full. */
  protected printing = false;
  private readonly onPrint = (e: Event): void => {
    this.printing = e.type === 'beforeprint';
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
  }

  /** With `sync-url`: the URL's search is read (its code loaded) before the first request; see UrlSync. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected followUrl<S, T>(search: FacetedSearch<any, any, any, any>, spec: UrlSpec<S, T>): void {
    if (this.syncUrl) this.whenReady(import('./url-sync.js').then((m) => (this.urlSync = new m.UrlSync(search, spec, this.strings.place.myPosition, this.language))));
  }

  /**
   * The permalink items of a widget whose results open in a detail dialog: found in the results
   * (`find`), else fetched (`record`), opened with `open`; the dialog tells the URL when it opens
   * and closes.
   */
  protected dialogItems<T extends { id: string | null }>(dialog: DetailDialog<T, DetailModule>, find: (id: string) => T | undefined, record: UrlItems<T>['record'], open: (item: T) => void): UrlItems<T> {
    dialog.onItem = (item) => this.urlSync?.showing(item?.id ?? null);
    return { find, record, show: open, shown: () => dialog.item?.id ?? null, hide: () => dialog.close() };
  }

  /**
   * Opens an item's detail, then tells the page (`carif-select`). If the detail's code cannot load
   * (the connection dropped after the results), the notice above the results says so until the
   * next detail opens, and the button tries again.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected async openDetail<T>(dialog: DetailDialog<T, DetailModule>, search: FacetedSearch<any, any, any, any>, item: T, opener: HTMLElement | null): Promise<void> {
    search.notice = '';
    try {
      await dialog.open(item, opener);
      this.emit('carif-select', { item });
    } catch {
      search.notice = this.strings.errors.offline;
      this.requestUpdate();
    }
  }

  /** The permalink of one result, with `sync-url`. */
  protected linkTo(id: string): string | undefined {
    return this.urlSync?.link(id);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.urlSync = undefined;
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
  }

  /** The valid region codes of `region`. */
  protected get regions(): string[] {
    return this.region.filter(isRegion);
  }
}
