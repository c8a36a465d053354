import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** How long typing pauses before the words are searched. */
export const SEARCH_DEBOUNCE_MS = 350;

/**
 * The keyword box of a widget: what is typed (`draft`), searched after a pause in typing or at
 * once on Enter, and the search form itself. `commit` receives the trimmed words.
 */
export class SearchText implements ReactiveController {
  draft = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly commit: (q: string) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Sets the words shown in the box (a cleared search, a search read from the URL). */
  set(value: string): void {
    clearTimeout(this.timer);
    this.draft = value;
    this.host.requestUpdate();
  }

  /** Searches the words typed so far, now. */
  flush(): void {
    clearTimeout(this.timer);
    this.commit(this.draft.trim());
  }

  private onInput(e: Event): void {
    this.draft = (e.target as HTMLInputElement).value;
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), SEARCH_DEBOUNCE_MS);
  }

  /** The keyword search form. */
  render(label: string, placeholder: string, button: string): TemplateResult {
    const submit = (e: Event) => {
      e.preventDefault();
      this.flush();
    };
    return html`<form class="search" part="search" role="search" aria-label=${label} @submit=${submit}>
      <label for="q">${label}</label>
      <div class="search-row">
        <input id="q" part="search-input" type="search" name="q" autocomplete="off" enterkeyhint="search" maxlength="200" .value=${this.draft} placeholder=${placeholder} @input=${(e: Event) => this.onInput(e)} />
        <button class="button primary" part="button search-button" type="submit">${button}</button>
      </div>
    </form>`;
  }
}
