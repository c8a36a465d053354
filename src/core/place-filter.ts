import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ExploreClient } from '../data/client.js';
import type { Place } from '../data/communes.js';
import type { CoreStrings } from './i18n.js';
import { parseLatLon } from './converters.js';

/** Distances offered around a place, in km. */
export const RADII = [5, 10, 20, 30, 50, 100] as const;

export interface PlaceFilterOptions {
  client: () => ExploreClient;
  /** The `communes` dataset id. */
  dataset: () => string;
  /** Regions the widget is limited to (communes are looked up there first). */
  regions: () => string[];
  core: () => CoreStrings;
  apiBase: () => string;
  /** The geo.api.gouv.fr base when the widget reads a real source (communes from there), else null. */
  geo?: () => string | null;
  /** The visitor chose a place (or their position). */
  choose: (place: Place) => void;
}

/**
 * "Near a commune or postcode" and "around me" for any widget: looks the commune up in the
 * `communes` dataset, offers a choice when several match, asks for the position only on click.
 * Its fieldset is drawn by renderPlace() (core/search/filters.ts), with the rest of the panel;
 * what its form and its "around me" button do loads when first used (place-lookup.ts).
 */
export class PlaceFilter implements ReactiveController {
  input = '';
  choices: Place[] = [];
  message = '';
  busy = false;
  /** @internal */
  controller?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    readonly o: PlaceFilterOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  /** @internal */
  set(patch: Partial<Pick<PlaceFilter, 'input' | 'choices' | 'message' | 'busy'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  choose(place: Place): void {
    this.set({ choices: [], input: '', message: '' });
    this.o.choose(place);
    void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('#remove-place')?.focus());
  }
}

/**
 * A preset place (a `near` attribute): "lat,lon" is applied at once; a commune or postcode is
 * looked up, and the returned promise settles when it is applied (or `onMissing` said why not).
 * A function, not a method, so that a widget without a `near` attribute does not carry it.
 */
export function presetPlace(filter: PlaceFilter, value: string, apply: (place: Place) => void, onMissing: () => void): Promise<void> | undefined {
  const text = value.trim();
  if (!text) return undefined;
  const o = filter.o;
  const point = parseLatLon(text);
  if (point) {
    apply({ ...point, label: o.core().place.thisPlace, code: null });
    return undefined;
  }
  return import('./place-lookup.js')
    .then(({ presetCommune }) => presetCommune(o, text))
    .then((place) => (place ? apply(place) : onMissing()));
}
