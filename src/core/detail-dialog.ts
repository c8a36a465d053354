import { addStyles } from './sheets.js';
import { html, nothing, type CSSResult, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { DialogView } from './dialog-view.js';

/**
 * A detail module: its template's styles, what it waits for (`ready`), and how its dialog opens
 * and closes (`dialogView`, core/dialog-view.ts, which every detail module re-exports).
 */
export interface DetailModule {
  detailStyles: CSSResult;
  ready?: () => Promise<unknown>;
  dialogView: DialogView;
}

/**
 * The detail of one item in a modal dialog: its module (the detail template with DOMPurify and
 * its styles; in `ready`, what it waits for, such as the département names) loads on first use;
 * the dialog opens with focus on its heading, and focus goes back to the button that opened it
 * when it closes (Escape, the close button, or `close()`).
 */
export class DetailDialog<T, M extends DetailModule> implements ReactiveController {
  /** The item shown, or null when the dialog is closed. */
  item: T | null = null;
  /** The detail module, once loaded. */
  module?: M;
  /** @internal The button that opened the detail: the focus goes back to it. */
  opener: HTMLElement | null = null;
  /** Told when an item opens and when the dialog closes (null): the URL's permalink with `sync-url`. */
  onItem?: (item: T | null) => void;

  constructor(
    /** @internal */
    readonly host: LitElement,
    private readonly load: () => Promise<M>,
  ) {
    host.addController(this);
  }

  /** @internal */
  get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  /** Shows an item; `opener` gets the focus back on close. Resolves once the detail module is there. */
  async open(item: T, opener: HTMLElement | null): Promise<void> {
    this.opener = opener;
    if (!this.module) {
      const module = await this.load();
      await module.ready?.();
      addStyles(this.host, module.detailStyles);
      this.module = module;
    }
    this.item = item;
    this.host.requestUpdate();
    this.onItem?.(item);
  }

  close(): void {
    // At once: an update before the dialog's close event would otherwise show it again.
    this.item = null;
    this.dialog?.close();
  }

  /** A widget removed with its detail open closes it: an open modal dialog would keep the whole widget alive. */
  hostDisconnected(): void {
    this.dialog?.close();
  }

  hostUpdated(): void {
    this.module?.dialogView.shown(this);
  }

  /** The dialog element, with `content` inside while an item is shown. */
  render(content: (item: T, module: M, close: () => void) => TemplateResult): TemplateResult {
    return html`<dialog part="dialog" aria-labelledby="detail-title" @close=${() => this.module?.dialogView.closed(this)}>
      ${this.item && this.module ? content(this.item, this.module, () => this.close()) : nothing}
    </dialog>`;
  }
}

