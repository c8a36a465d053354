import type { DetailDialog } from './detail-dialog.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDialog = DetailDialog<any, any>;

/**
 * How a detail dialog opens and closes, with the detail's code (each detail module re-exports
 * it): modal, with the focus on its heading; once closed (Escape, the close button, `close()`),
 * the focus goes back to the button that opened it.
 */
export const dialogView = {
  /** After each update: an item to show in a dialog not yet open opens it. */
  shown(d: AnyDialog): void {
    const dialog = d.dialog;
    if (d.item && dialog && !dialog.open && d.host.isConnected) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('h2')?.focus();
    }
  },
  /** The dialog's close event. */
  closed(d: AnyDialog): void {
    // The close event comes a task later: when another item opened in between, it is stale.
    if (d.dialog?.open) return;
    d.item = null;
    d.onItem?.(null);
    const opener = d.opener;
    d.opener = null;
    d.host.requestUpdate();
    void d.host.updateComplete.then(() => opener?.focus());
  },
};
export type DialogView = typeof dialogView;
