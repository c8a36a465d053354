/**
 * The CDN loader (dist/cdn/carif-widgets.js, as partners use it; run `npm run build` first): a widget
 * alone on its page comes from its self-contained file (dist/cdn/<widget>.js); a widget of another
 * kind added later comes from the shared chunks beside it (a second copy of Lit and the core), and
 * both work; configure() reaches the widgets of both copies; a configure() call made by the module
 * that imports the loader is seen before any widget loads (no request to the default address).
 */
import { expect, waitUntil } from '@open-wc/testing';

type FrameWindow = Window & { pageErrors: string[] };

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

/** An iframe whose body is `body` (the loader's tag or a module script included), recording uncaught errors. */
async function host(body: string): Promise<{ win: FrameWindow; doc: Document }> {
  frame = document.createElement('iframe');
  frame.style.cssText = 'width:1280px;height:900px';
  frame.srcdoc = `<!doctype html><html lang="fr"><meta charset="utf-8"><script>window.pageErrors=[];addEventListener('error',(e)=>pageErrors.push(String(e.message)));addEventListener('unhandledrejection',(e)=>pageErrors.push(String(e.reason)))</script><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  return { win: frame.contentWindow as unknown as FrameWindow, doc: frame.contentDocument! };
}

const LOADER = '<script type="module" src="/dist/cdn/carif-widgets.js"></script>';
const fetched = (win: Window) => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
const shows = (doc: Document, tag: string, selector: string) => !!doc.querySelector(tag)?.shadowRoot?.querySelector(selector);

describe('carif-widgets.js from dist/cdn: a widget alone loads its self-contained file', function () {
  this.timeout(30000);

  it('one widget: its own file, no shared chunk; a widget of another kind added later loads the shared chunks, and both work', async () => {
    const { win, doc } = await host(`${LOADER}<carif-training-search></carif-training-search>`);
    await waitUntil(() => shows(doc, 'carif-training-search', '.card'), 'the training search shows no results', { timeout: 15000 });
    expect(fetched(win)).to.include('/dist/cdn/training-search.js');
    expect(fetched(win).filter((p) => /\/chunks\/(core|define)-/.test(p)), 'shared chunks fetched').to.deep.equal([]);
    // The theme reaches the shadow root (the CDN build renames the private custom properties).
    const ts = doc.querySelector<HTMLElement>('carif-training-search')!;
    const title = ts.shadowRoot!.querySelector('.title')!;
    expect(win.getComputedStyle(title).color).to.equal('rgb(29, 79, 145)');
    ts.style.setProperty('--carif-color-primary', '#8a1538');
    expect(win.getComputedStyle(title).color).to.equal('rgb(138, 21, 56)');
    expect(win.getComputedStyle(ts.shadowRoot!.querySelector('.card')!).borderTopColor).to.equal('rgb(138, 138, 138)');
    // Its on-demand chunks work with it: the detail (DOMPurify, its words) opens.
    doc.querySelector('carif-training-search')!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
    await waitUntil(() => shows(doc, 'carif-training-search', 'dialog[open] h2'), 'the detail did not open', { timeout: 15000 });
    expect(fetched(win).some((p) => p.startsWith('/dist/cdn/chunks/training-search/detail-'))).to.equal(true);

    doc.body.append(doc.createElement('carif-event-agenda'));
    await waitUntil(() => shows(doc, 'carif-event-agenda', '.list[aria-busy="false"]'), 'the agenda added later shows no results', { timeout: 15000 });
    expect(fetched(win).some((p) => /\/chunks\/core-/.test(p)), 'the agenda came from the shared chunks').to.equal(true);
    expect(fetched(win)).to.not.include('/dist/cdn/event-agenda.js');
    expect(shows(doc, 'carif-training-search', '.card'), 'the training search still shows its results').to.equal(true);

    // configure() through the loader reaches both copies: a wrong address, and both say so.
    const loader = (await (win as unknown as { eval(s: string): Promise<{ configure(c: object): void }> }).eval('import("/dist/cdn/carif-widgets.js")'));
    loader.configure({ apiBase: '/nowhere/api/explore/v2.1' });
    for (const tag of ['carif-training-search', 'carif-event-agenda']) {
      await waitUntil(() => shows(doc, tag, '.state.error'), `${tag} did not follow configure()`, { timeout: 15000 });
    }
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('two kinds of widget at load: the shared chunks, one copy', async () => {
    const { win, doc } = await host(`${LOADER}<carif-training-search></carif-training-search><carif-internship-board></carif-internship-board>`);
    for (const tag of ['carif-training-search', 'carif-internship-board']) {
      await waitUntil(() => shows(doc, tag, '.list[aria-busy="false"]'), `${tag} shows no results`, { timeout: 15000 });
    }
    expect(fetched(win).some((p) => /\/chunks\/core-/.test(p))).to.equal(true);
    expect(fetched(win).filter((p) => /\/cdn\/[a-z-]+\.js$/.test(p))).to.deep.equal(['/dist/cdn/carif-widgets.js']);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('configure() called by the module that imports the loader applies before the widget loads', async () => {
    const { win, doc } = await host(
      `<script type="module">import { configure } from '/dist/cdn/carif-widgets.js'; configure({ apiBase: '/nowhere/api/explore/v2.1' });</script><carif-training-search></carif-training-search>`,
    );
    await waitUntil(() => shows(doc, 'carif-training-search', '.state.error'), 'the widget did not use the configured address', { timeout: 15000 });
    expect(fetched(win).filter((p) => p.startsWith('/api/explore/')), 'a request went to the default address').to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });
});
