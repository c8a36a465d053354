import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parisDay } from '../data/calendar.js';

/** How old the clock may get before a visitor coming back to the page gets a fresh list. */
const STALE_MS = 5 * 60_000;

/**
 * The agenda's clock: "now" for past events, "this week" and today in the grid. Read when the
 * search changes, or when the page is shown again after five minutes; not at every render, which
 * would remake the request. `fixed` (the `now` property) replaces it for previews and tests.
 */
export class Clock implements ReactiveController {
  private read = new Date();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fixed: () => Date | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisible);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisible);
  }

  private readonly onVisible = (): void => {
    if (document.visibilityState === 'visible' && !this.fixed() && Date.now() - this.read.getTime() > STALE_MS) this.tick();
  };

  /** Reads the real time again. */
  tick(): void {
    this.read = new Date();
    this.host.requestUpdate();
  }

  /** The time in force, to the minute (so that widgets of a page share cached answers). */
  get now(): Date {
    const t = (this.fixed() ?? this.read).getTime();
    return new Date(t - (t % 60_000));
  }

  /** Today on the Paris calendar, "YYYY-MM-DD". */
  get today(): string {
    return parisDay(this.now);
  }
}
