/**
 * The file for one `<script type="module">` tag that serves every widget:
 *   <script type="module" src=".../carif-widgets.js" data-api-base="https://…/api/explore/v2.1"></script>
 *
 * It registers nothing up front: each widget's code loads when its tag first appears in the page
 * (at load or later), so a page with only a training search downloads neither the other widgets
 * nor Leaflet. Tags inside another component's shadow root are not seen: call `load()` for them,
 * or import the widget's own module (`carif-oref-widgets/training-search`).
 */
export { configure } from './core/config.js';

const widgets: Record<string, () => Promise<unknown>> = {
  'carif-training-search': () => import('./training-search/define.js'),
  'carif-internship-board': () => import('./internship-board/define.js'),
  'carif-venue-map': () => import('./venue-map/define.js'),
  'carif-event-agenda': () => import('./event-agenda/define.js'),
};

const pending = new Map<string, Promise<void>>();

/** Loads and registers widgets by tag name (all of them without argument). */
export function load(...tags: string[]): Promise<void> {
  const wanted = tags.length ? tags : Object.keys(widgets);
  return Promise.all(
    wanted.map((tag) => {
      const loader = widgets[tag];
      if (!loader) {
        console.warn(`carif-widgets: load("${tag}"): no such widget. Known: ${Object.keys(widgets).join(', ')}.`);
        return undefined;
      }
      let p = pending.get(tag);
      if (!p) {
        p = loader().then(
          () => undefined,
          (error: unknown) => {
            pending.delete(tag);
            console.warn(`carif-widgets: <${tag}> could not be loaded (${String(error)}). Check the script's address and the network.`);
          },
        );
        pending.set(tag, p);
      }
      return p;
    }),
  ).then(() => undefined);
}

let observer: MutationObserver | undefined;

function scan(): void {
  if (Object.keys(widgets).every((tag) => pending.has(tag) || customElements.get(tag))) {
    observer?.disconnect();
    return;
  }
  const found = Object.keys(widgets).filter((tag) => !pending.has(tag) && !customElements.get(tag) && document.querySelector(tag));
  if (found.length) void load(...found);
}

if (typeof document !== 'undefined') {
  scan();
  observer = new MutationObserver(scan);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan, { once: true });
}
