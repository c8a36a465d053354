/** Shared helpers for the browser tests. Nothing here fakes the API: tests talk to the embedded one. */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearCache } from '../../src/data/client.js';

let counter = 0;

/**
 * An api-base that makes the embedded API misbehave: `fault('status=500')`. With `times`, the
 * fault applies only to that many requests, after which the API answers normally (for retries).
 */
export function faultBase(spec: string, times?: number): string {
  counter += 1;
  const key = `k${Date.now().toString(36)}${counter}`;
  return `/__fault/${spec}${times ? `,times=${times},key=${key}` : ''}/api/explore/v2.1`;
}

/** The shadow root of an element, asserted present. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => shadow(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...shadow(el).querySelectorAll<T>(selector)];

/**
 * Waits until the widget shows a settled state: a list not busy, the empty state or the error
 * state, and its filter panel drawn (its code loads once the first answer is on screen).
 */
export async function settled(el: HTMLElement & { updateComplete: Promise<boolean> }, timeout = 8000): Promise<'list' | 'empty' | 'error'> {
  let result: 'list' | 'empty' | 'error' = 'list';
  await waitUntil(
    () => {
      const root = el.shadowRoot;
      if (!root || root.querySelector('.filters[aria-busy="true"]')) return false;
      if (root.querySelector('.state.error')) return (result = 'error');
      if (root.querySelector('.state.empty')) return (result = 'empty');
      const list = root.querySelector('.list');
      if (list && list.getAttribute('aria-busy') === 'false') return (result = 'list');
      return false;
    },
    `${el.localName} did not settle`,
    { timeout, interval: 20 },
  );
  await el.updateComplete;
  return result;
}

/** Resolves with the next event of that name on the element. */
export function nextEvent<T = unknown>(el: EventTarget, name: string, timeout = 8000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} event within ${timeout} ms`)), timeout);
    el.addEventListener(name, (e) => {
      clearTimeout(timer);
      resolve(e as CustomEvent<T>);
    }, { once: true });
  });
}

/** Empties the shared response cache so that a test's requests really reach the API. */
export function freshCache(): void {
  clearCache();
}

/** Fetches records straight from the embedded API, for comparing what a widget shows with the data. */
export async function apiRecords(dataset: string, params: Record<string, string>): Promise<{ total_count: number; results: Record<string, unknown>[] }> {
  const url = new URL(`/api/explore/v2.1/catalog/datasets/${dataset}/records`, location.href);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`API ${res.status}: ${await res.text()}`);
  return res.json();
}

/** Collects uncaught errors and unhandled rejections of the page while a test runs. */
export function watchPageErrors(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** In the `describe` it is called in: each test fails on an uncaught error or rejection of the host page. */
export function failOnPageErrors(): void {
  let watch: ReturnType<typeof watchPageErrors>;
  beforeEach(() => (watch = watchPageErrors()));
  afterEach(() => {
    watch.stop();
    expect(watch.errors, 'uncaught errors on the host page').to.deep.equal([]);
  });
}

/** Points drawn on a map: single markers plus the counts of the clusters. */
export const markersDrawn = (el: Element): number => $$(el, '.carif-point').length + $$(el, '.carif-cluster').reduce((n, c) => n + Number(c.textContent), 0);

/** The element focused inside a widget's shadow root. */
export const active = (el: Element): Element | null => shadow(el).activeElement;

/** Presses Tab until the focused element inside the widget matches, at most `max` times. */
export async function tabTo(el: Element, predicate: (e: Element) => boolean, max = 80): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const a = active(el);
    if (a && predicate(a)) return a;
  }
  throw new Error('never reached by Tab');
}
