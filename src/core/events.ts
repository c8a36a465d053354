import type { DataError } from '../data/errors.js';

/** Detail of `carif-results`: a search answered. */
export interface CarifResultsDetail<T = unknown> {
  /** Number of matching records in the whole dataset. */
  total: number;
  /** The records on the current page, normalised. */
  items: T[];
  /** The query the widget sent (the Explore `where` clause and sort). */
  query: { where: string; orderBy: string; offset: number; limit: number };
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

declare global {
  interface HTMLElementEventMap {
    'carif-results': CustomEvent<CarifResultsDetail>;
    'carif-select': CustomEvent<CarifSelectDetail>;
    'carif-error': CustomEvent<CarifErrorDetail>;
    'carif-change': CustomEvent<CarifChangeDetail>;
  }
}

export type CarifEventName = 'carif-results' | 'carif-select' | 'carif-error' | 'carif-change';
