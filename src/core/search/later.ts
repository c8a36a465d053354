import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A module a widget needs only once its first results are on screen (each card's contact block,
 * drawn when the list prints): loaded when the facet counts are due (search.ts), like the filter
 * panel, so that no page pays for it before its results. `module` is undefined until then; a
 * failed load is tried again at the next update.
 */
export class Later<M> implements ReactiveController {
  module?: M;
  private asked = false;

  constructor(
    private readonly search: { readonly host: ReactiveControllerHost; readonly countsDue: boolean },
    private readonly load: () => Promise<M>,
  ) {
    search.host.addController(this);
  }

  hostUpdated(): void {
    if (this.asked || !this.search.countsDue) return;
    this.asked = true;
    this.load().then(
      (m) => {
        this.module = m;
        this.search.host.requestUpdate();
      },
      () => (this.asked = false),
    );
  }
}
