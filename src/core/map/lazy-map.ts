import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClusterMap, ClusterMapOptions, MapPoint } from './cluster-map.js';

/** The map module (Leaflet, supercluster, our markers), loaded once for the page on first use. */
let mapModule: Promise<typeof import('./cluster-map.js')> | undefined;

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * A widget's map, made in its `#map` container when that is rendered (Leaflet loads then), given
 * new points when the results change, and removed with the widget. When the map cannot load or
 * fails, `failed` says so and the list stays the way to use the widget: the page never sees the error.
 */
export class LazyMap implements ReactiveController {
  map?: ClusterMap;
  failed = false;
  private loading = false;
  private shown: unknown;

  constructor(
    private readonly host: Host,
    private readonly options: () => ClusterMapOptions,
    private readonly warn: (message: string) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.remove();
  }

  private container(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('#map');
  }

  /**
   * Call after each render: creates the map once its container is there, then shows `points()`
   * whenever `key` changes. `keepView(first)` keeps the preset view instead of fitting the points.
   */
  sync(key: unknown, points: () => MapPoint[], o: { keepView?: (first: boolean) => boolean; after?: (map: ClusterMap) => void } = {}): void {
    const container = this.container();
    if (!container) {
      this.remove();
      return;
    }
    if (this.failed) return;
    if (!this.map) {
      if (this.loading) return;
      this.loading = true;
      mapModule ??= import('./cluster-map.js');
      mapModule.then(
        (m) => {
          this.loading = false;
          const target = this.container();
          if (!this.host.isConnected || this.map || !target) return;
          this.map = new m.ClusterMap(target, this.options());
          this.shown = undefined;
          this.host.requestUpdate();
        },
        (error: unknown) => {
          mapModule = undefined;
          this.fail('could not load', error);
        },
      );
      return;
    }
    if (key === undefined || key === this.shown) return;
    const first = this.shown === undefined;
    this.shown = key;
    try {
      this.map.setPoints(points(), o.keepView?.(first) ?? false);
      o.after?.(this.map);
    } catch (error) {
      this.remove();
      this.fail('failed', error);
    }
  }

  private fail(what: string, error: unknown): void {
    this.loading = false;
    this.failed = true;
    const tt = /Trusted/.test(String(error)) ? ' The page\'s Trusted Types rules block it: allow the policy "carif-oref-widgets" (README, "Trusted Types").' : '';
    this.warn(`the map ${what} (${String(error)}); the list still works.${tt}`);
    this.host.requestUpdate();
  }

  remove(): void {
    this.map?.destroy();
    this.map = undefined;
  }
}
