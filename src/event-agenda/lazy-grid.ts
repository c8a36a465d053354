import type { LitElement } from 'lit';
import { addStyles } from '../core/sheets.js';
import type { GridOptions, MonthGrid } from './month-grid.js';

/**
 * The month grid as the agenda holds it: its code (month-grid.ts, with its styles) loads with the
 * month view's first answer, the list being the default view; until then the month and the day
 * it opens on are kept.
 */
export class LazyGrid {
  grid?: MonthGrid;
  private start: [string, string?] = [''];
  private loading?: Promise<void>;

  constructor(
    private readonly host: LitElement,
    private readonly o: Omit<GridOptions, 'root' | 'requestUpdate'>,
  ) {}

  /** Opens on a month (and a day in it): now, or once the grid is here. */
  reset(month: string, day?: string): void {
    this.start = [month, day];
    this.grid?.reset(month, day);
  }

  /** Loads the grid's code once (again after a failure, at the next answer). */
  load(): Promise<void> {
    return (this.loading ??= import('./month-grid.js').then(
      (m) => {
        this.grid = new m.MonthGrid({ ...this.o, root: () => this.host.renderRoot, requestUpdate: () => this.host.requestUpdate() });
        this.grid.reset(...this.start);
        addStyles(this.host, m.gridStyles);
      },
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    ));
  }
}
