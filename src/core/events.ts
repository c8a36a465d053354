import type { DataError } from '../data/errors.js';

/** Detail of `carif-results`: a search answered. */
export interface CarifResultsDetail<T = unknown> {
  /** Number of matching records in the whole dataset. */
  total: number;
  /** The records on the current page, normalised. */
  items: T[];
  /** The query the widget sent (the Explore `where` clause and sort). */
  query: { where: string; orderBy: string; offset: number; limit: number };
  /** The credit line a real source asks for (its licence), shown under the results. */
  credit?: string;
}

/** Detail of `carif-select`: the visitor opened one item. */
export interface CarifSelectDetail<T = unknown> {
  item: T;
}

/** Detail of `carif-error`: a request failed; the widget shows a message and a retry button. */
export interface CarifErrorDetail {
  error: DataError;
}

/** Detail of `carif-change`: the visitor changed the search; `state` is what `sync-url` writes. */
export interface CarifChangeDetail {
  state: Record<string, string | string[]>;
}

/** Every event a widget sends, by name: `emit` and listeners are typed from this one map. */
export interface CarifEventMap {
  'carif-results': CustomEvent<CarifResultsDetail>;
  'carif-select': CustomEvent<CarifSelectDetail>;
  'carif-error': CustomEvent<CarifErrorDetail>;
  'carif-change': CustomEvent<CarifChangeDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends CarifEventMap {}
}

export type CarifEventName = keyof CarifEventMap;
export type CarifEventDetail<K extends CarifEventName> = CarifEventMap[K]['detail'];

/** Dispatches a typed, bubbling, composed event from `target`. Returns false when a listener cancelled it. */
export function emit<K extends CarifEventName>(target: EventTarget, name: K, detail: CarifEventDetail<K>, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}
