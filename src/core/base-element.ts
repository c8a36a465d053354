import { Task, TaskStatus } from '@lit/task';
import { LitElement, type PropertyValues, type ReactiveController } from 'lit';
import { property, state } from './decorators.js';
import { ExploreClient } from '../data/client.js';
import { DataError } from '../data/errors.js';
import { onConfigure, pageDefaults } from './config.js';
import { emit, type CarifEventDetail, type CarifEventName } from './events.js';
import { coreStrings, resolveLang, type CoreStrings, type Lang } from './i18n.js';

const clients = new Map<string, ExploreClient>();

/**
 * The thin base of every widget: where the data comes from (`api-base`, `dataset`), which
 * language it speaks (`lang`, inherited from the page), typed events, and warnings for the
 * webmaster prefixed with the tag name.
 */
export abstract class CarifElement extends LitElement {
  /**
   * Base URL of an Opendatasoft Explore v2.1 API. Defaults to the page-wide setting
   * (`data-api-base` on the script tag or `configure()`), else the embedded sample API.
   */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** Dataset id on that API (attribute `dataset`); each widget has its own default. */
  @property({ attribute: 'dataset' }) datasetId = '';

  /** Seconds to wait for the data service before saying it is too slow (1 to 120). */
  @property({ type: Number }) timeout = 15;

  /** The language asked for: the element's `lang`, else its nearest ancestor's, else French. */
  @state() private wantedLanguage: Lang = 'fr';

  private unsubscribeConfig?: () => void;
  private languageReady: Promise<unknown> = Promise.resolve();
  private loadedLanguage: Lang = 'fr';

  /**
   * Loads the strings of a language before rendering in it. Widgets override it to add their own
   * tables (and call super).
   */
  protected loadLanguage(lang: Lang): Promise<unknown> {
    return coreStrings.load(lang);
  }

  private pending: Promise<unknown>[] = [];

  /** Holds rendering (and so the first request) until `work` is done, e.g. reading the URL. */
  protected whenReady(work: Promise<unknown>): void {
    this.pending.push(work.catch((e) => this.warn(String(e))));
  }

  /** Rendering waits for the strings of a newly chosen language (English loads on demand). */
  protected override async scheduleUpdate(): Promise<void> {
    while (this.pending.length) await this.pending.shift();
    if (this.wantedLanguage !== this.loadedLanguage) {
      const lang = this.wantedLanguage;
      this.languageReady = this.loadLanguage(lang).then(
        () => (this.loadedLanguage = lang),
        () => this.warn(`could not load the "${lang}" strings; French shown.`),
      );
    }
    await this.languageReady;
    super.scheduleUpdate();
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.wantedLanguage = resolveLang(this);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private readonly tasks: Task<any, any>[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private readonly stoppedOnLeave = new Set<Task<any, any>>();

  /** Remembers the element's Tasks, so that leaving the page stops their requests. */
  override addController(controller: ReactiveController): void {
    super.addController(controller);
    if (controller instanceof Task) this.tasks.push(controller);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.wantedLanguage = resolveLang(this);
    this.unsubscribeConfig = onConfigure(() => this.requestUpdate('apiBase'));
    // Back in the page: what was stopped on leaving runs again.
    for (const task of this.stoppedOnLeave) void task.run();
    this.stoppedOnLeave.clear();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeConfig?.();
    // A removed widget stops its requests (they would hold connections until their timeout).
    for (const task of this.tasks) {
      if (task.status !== TaskStatus.PENDING) continue;
      this.stoppedOnLeave.add(task);
      task.abort(new DataError('aborted', 'The widget left the page'));
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('lang' as keyof this)) this.wantedLanguage = resolveLang(this);
  }

  /** Shared strings (states, errors, pagination) in the element's language. */
  protected get strings(): CoreStrings {
    return coreStrings.get(this.loadedLanguage);
  }

  /** The language the element renders in: the one asked for, once its strings are loaded. */
  protected get language(): Lang {
    return this.loadedLanguage;
  }

  /** The API base in force for this element. */
  get effectiveApiBase(): string {
    return this.apiBase.trim() || pageDefaults().apiBase;
  }

  /** The Explore client for this element's API base (one per base, shared by the page). */
  protected get client(): ExploreClient {
    return this.clientFor(this.effectiveApiBase);
  }

  /** The client for another base (a real source's host), with this element's timeout. */
  protected clientFor(base: string): ExploreClient {
    const timeoutMs = Math.min(120, Math.max(1, Number(this.timeout) || 15)) * 1000;
    const key = `${timeoutMs} ${base}`;
    let client = clients.get(key);
    if (!client) {
      client = new ExploreClient({ apiBase: base, timeoutMs });
      clients.set(key, client);
    }
    return client;
  }

  /** What the faceted search of a widget reads from the element. */
  protected searchOptions(dataset: string, hideFilters: () => string[]) {
    return { client: () => this.client, dataset: () => this.datasetId.trim() || dataset, core: () => this.strings, apiBase: () => this.effectiveApiBase, hideFilters };
  }

  /** Dispatches a bubbling, composed event, its detail typed by its name. Returns false when a listener cancelled it. */
  protected emit<K extends CarifEventName>(name: K, detail: CarifEventDetail<K>, cancelable = false): boolean {
    return emit(this, name, detail, cancelable);
  }

  /** A warning for the webmaster, in the console, prefixed with the tag name. */
  protected warn(message: string): void {
    console.warn(`<${this.localName}>: ${message}`);
  }

  /**
   * Registers the element under `tag` unless that name is taken already (a second copy of the
   * library on the page): then it warns and keeps the first definition instead of throwing.
   */
  static define(tag: string): void {
    const existing = customElements.get(tag);
    if (!existing) {
      customElements.define(tag, this as unknown as CustomElementConstructor);
    } else if (existing !== (this as unknown)) {
      console.warn(`<${tag}> already defined (a second copy of the widgets?): the first stays.`);
    }
  }
}
