/**
 * The file for one `<script type="module">` tag that serves every widget:
 *   <script type="module" src=".../carif-widgets.js" data-api-base="https://…/api/explore/v2.1"></script>
 *
 * It registers nothing up front: each widget's code loads when its tag first appears in the page
 * (at load or later), so a page with only a training search downloads neither the other widgets
 * nor Leaflet. Tags inside another component's shadow root are not seen: call `load()` for them,
 * or import the widget's own module (`carif-oref-widgets/training-search`).
 *
 * In the CDN build (dist/cdn/carif-widgets.js), the page's first widget, when it comes alone (one
 * tag name, no `configure()` call yet), loads its self-contained file (dist/cdn/<widget>.js): one
 * request, about 3 KB gzip less than the shared chunks, which carry what the other widgets need
 * too. A widget of another kind that appears later loads the shared chunks: a second copy of Lit
 * and the core, which the widgets tolerate (under Trusted Types it needs `'allow-duplicates'`).
 */
import { configure as configureShared, type CarifConfig } from './core/config.js';

/** Set by scripts/build.mjs: true in the CDN build only (npm's loader has no self-contained files; tests run the source). */
declare const __CARIF_SOLO__: boolean | undefined;
const SOLO = typeof __CARIF_SOLO__ !== 'undefined' && __CARIF_SOLO__;

const widgets: Record<string, () => Promise<unknown>> = {
  'carif-training-search': () => import('./training-search/define.js'),
  'carif-internship-board': () => import('./internship-board/define.js'),
  'carif-venue-map': () => import('./venue-map/define.js'),
  'carif-event-agenda': () => import('./event-agenda/define.js'),
};

const TAGS = Object.keys(widgets);

type Configure = (config: Partial<CarifConfig>) => void;
/** What configure() was given, and the configure() of each copy of the page settings loaded (a self-contained file's, the shared chunks'). */
let given: Partial<CarifConfig> | undefined;
const copies = new Set<Configure>();

/** Sets page-wide defaults for every widget (core/config.ts); widgets already on the page reload. */
export function configure(config: Partial<CarifConfig>): void {
  given = { ...given, ...config };
  // npm's loader and the source share one settings module with the widgets: set at once.
  if (!SOLO) configureShared(config);
  for (const c of copies) c(config);
}

/**
 * CDN build: the settings module of the shared chunks (in their core chunk, which the widget
 * imports anyway: the loader imports nothing before a widget is on the page). What configure()
 * was given applies before the widget's code runs.
 */
let shared: Promise<void> | undefined;
const sharedSettings = () =>
  (shared ??= import('./core/config.js').then((m) => {
    copies.add(m.configure);
    if (given) m.configure(given);
  }));

/** The self-contained file of a widget (`carif-training-search` -> ./training-search.js beside this file), which exports its own configure(). */
const solo = (tag: string) => () =>
  import(/* @vite-ignore */ new URL(`${tag.slice(6)}.js`, import.meta.url).href).then((m: { configure: Configure }) => {
    copies.add(m.configure);
    if (given) m.configure(given);
  });

const pending = new Map<string, Promise<void>>();

/** Loads and registers widgets by tag name (all of them without argument). */
export function load(...tags: string[]): Promise<void> {
  const wanted = tags.length ? tags : TAGS;
  return Promise.all(
    wanted.map((tag) => {
      let loader = widgets[tag];
      if (!loader) {
        console.warn(`carif-widgets: load("${tag}"): no such widget. Known: ${TAGS.join(', ')}.`);
        return undefined;
      }
      let p = pending.get(tag);
      if (!p) {
        const chunks = loader;
        if (SOLO) loader = wanted.length === 1 && !pending.size && !given ? solo(tag) : given ? () => sharedSettings().then(chunks) : () => Promise.all([sharedSettings(), chunks()]);
        p = loader().then(
          () => undefined,
          (error: unknown) => {
            pending.delete(tag);
            const blocked = /trusted ?(html|type)|policy/i.test(String(error));
            console.warn(
              `carif-widgets: <${tag}> could not be loaded (${String(error)}). ${
                blocked
                  ? `This page's Trusted Types rules block it: allow the policies "lit-html" and "carif-oref-widgets", with 'allow-duplicates' (README, "Trusted Types").`
                  : "Check the script's address and the network."
              }`,
            );
            document.querySelectorAll(tag).forEach(unavailable);
          },
        );
        pending.set(tag, p);
      }
      return p;
    }),
  ).then(() => undefined);
}

/** A widget whose code cannot load says so in plain words, in its own shadow root (text only, no markup). */
function unavailable(el: Element): void {
  if (el.shadowRoot) return;
  const p = document.createElement('p');
  p.setAttribute('role', 'status');
  p.style.cssText = 'margin:0;padding:1em;border:1px solid;font:inherit';
  p.textContent = /^en\b/i.test(el.closest('[lang]')?.getAttribute('lang') ?? '') ? 'This service cannot be shown on this page. Please try again later.' : 'Ce service ne peut pas s’afficher sur cette page. Réessayez plus tard.';
  el.attachShadow({ mode: 'open' }).append(p);
}

let observer: MutationObserver | undefined;

function scan(): void {
  const waiting = TAGS.filter((tag) => !pending.has(tag) && !customElements.get(tag));
  const found = waiting.filter((tag) => document.querySelector(tag));
  if (!waiting.length) observer?.disconnect();
  else if (found.length) void load(...found);
}

if (typeof document !== 'undefined') {
  // After this module's importer has run: a configure() call made there is seen first.
  queueMicrotask(scan);
  observer = new MutationObserver(scan);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan, { once: true });
}
