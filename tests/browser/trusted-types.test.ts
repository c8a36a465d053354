/**
 * A partner page that sends `Content-Security-Policy: require-trusted-types-for 'script'`: the four
 * widgets from the README's loader (dist/cdn, as partners use them; run `npm run build` first), in
 * an iframe whose page gets the header (web-test-runner.config.mjs, cspHeader). With the policies
 * the README names allowed, every path works, details and map included; with ours forbidden, the
 * text still shows and the console says what to allow; with every policy forbidden, each widget
 * says it cannot be shown and the console names the cause.
 */
import { expect, waitUntil } from '@open-wc/testing';

type HostWindow = Window & { violations: string[]; pageErrors: string[]; warnings: string[] };

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

async function host(csp: string, page = 'csp-host'): Promise<{ win: HostWindow; doc: Document }> {
  frame = document.createElement('iframe');
  frame.style.cssText = 'width:1280px;height:900px';
  frame.src = `/tests/browser/pages/${page}.html?csp=${csp}`;
  document.body.append(frame);
  await new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  return { win: frame.contentWindow as unknown as HostWindow, doc: frame.contentDocument! };
}

const root = (doc: Document, tag: string): ShadowRoot | null => doc.querySelector(tag)?.shadowRoot ?? null;
const inRoot = <T extends Element = HTMLElement>(doc: Document, tag: string, selector: string): T | null => root(doc, tag)?.querySelector<T>(selector) ?? null;

const WIDGETS = ['carif-training-search', 'carif-event-agenda', 'carif-internship-board', 'carif-venue-map'];

async function openDetail(doc: Document, tag: string): Promise<Element> {
  try {
    await waitUntil(() => inRoot(doc, tag, '[part~="details-button"]'), `${tag}: no results`, { timeout: 10000 });
  } catch (e) {
    const w = doc.defaultView as unknown as HostWindow;
    throw new Error(`${String(e)} | shows: ${root(doc, tag)?.textContent?.slice(0, 300)} | errors: ${w.pageErrors.join('; ')} | warnings: ${w.warnings.join('; ')} | violations: ${w.violations.join('; ')}`, { cause: e });
  }
  inRoot<HTMLButtonElement>(doc, tag, '[part~="details-button"]')!.click();
  if (tag === 'carif-venue-map') {
    await waitUntil(() => inRoot(doc, tag, '.details:not([hidden])'), `${tag}: the details did not open`);
    return inRoot(doc, tag, '.details:not([hidden])')!;
  }
  await waitUntil(() => inRoot<HTMLDialogElement>(doc, tag, 'dialog')?.open && inRoot(doc, tag, 'dialog h2'), `${tag}: the detail did not open`, { timeout: 10000 });
  return inRoot(doc, tag, 'dialog')!;
}

describe('Trusted Types (require-trusted-types-for \'script\')', function () {
  this.timeout(40000);

  it('with "lit-html" and "carif-oref-widgets" allowed: lists, details with formatted text, the .ics export and the map all work, with no violation', async () => {
    const { win, doc } = await host('named');
    for (const tag of ['carif-training-search', 'carif-event-agenda', 'carif-internship-board']) {
      const dialog = await openDetail(doc, tag);
      // Formatted text from the data (escaped LHEO markup, cleaned by DOMPurify) is markup again, not text.
      await waitUntil(() => dialog.querySelector('.rich p, .rich br, .rich li'), `${tag}: the detail's rich text was not rendered as markup`);
      expect(dialog.querySelector('.rich')!.innerHTML.includes('&lt;'), `${tag}: markup shown as text`).to.equal(false);
    }
    // The agenda's .ics: the detail's link and the export of the whole list.
    const agendaDialog = inRoot(doc, 'carif-event-agenda', 'dialog')!;
    expect(agendaDialog.querySelector<HTMLAnchorElement>('a[href^="blob:"]'), 'the detail has no .ics link').to.not.equal(null);
    inRoot<HTMLButtonElement>(doc, 'carif-event-agenda', '[part~="close-button"]')!.click();
    await waitUntil(() => inRoot(doc, 'carif-event-agenda', '[part~="export-button"]'), 'no export button');
    inRoot<HTMLButtonElement>(doc, 'carif-event-agenda', '[part~="export-button"]')!.click();
    await waitUntil(() => /\d+ événement/.test(root(doc, 'carif-event-agenda')!.textContent ?? ''), 'the export did not say what it made');
    expect(root(doc, 'carif-event-agenda')!.textContent).to.not.contain('erreur inattendue');
    // The venue map: Leaflet loads, markers and its controls are there, and the details open.
    await waitUntil(() => inRoot(doc, 'carif-venue-map', '.leaflet-marker-icon'), 'the map shows no markers', { timeout: 15000 });
    expect(inRoot(doc, 'carif-venue-map', '.leaflet-control-zoom-in')?.textContent).to.equal('+');
    expect(inRoot(doc, 'carif-venue-map', '.leaflet-control-attribution')?.textContent).to.contain('Fond de test');
    expect(root(doc, 'carif-venue-map')!.textContent).to.not.contain('La carte ne peut pas');
    await openDetail(doc, 'carif-venue-map');
    // The board's map too.
    inRoot<HTMLButtonElement>(doc, 'carif-internship-board', '[part~="close-button"]')!.click();
    await waitUntil(() => inRoot(doc, 'carif-internship-board', '[part~="map-toggle"]'), 'no map toggle on the board');
    inRoot<HTMLButtonElement>(doc, 'carif-internship-board', '[part~="map-toggle"]')!.click();
    await waitUntil(() => inRoot(doc, 'carif-internship-board', '.leaflet-marker-icon'), 'the board map shows no markers', { timeout: 15000 });
    expect(win.violations, 'Trusted Types violations').to.deep.equal([]);
    expect(win.pageErrors, 'uncaught errors').to.deep.equal([]);
    expect(win.warnings.join('\n')).to.not.contain('Trusted Types');
  });

  it('with only "lit-html" allowed: lists and details show their text, the map says it cannot show, and the console names the policy to allow', async () => {
    const { win, doc } = await host('lit-only');
    for (const tag of ['carif-training-search', 'carif-event-agenda', 'carif-internship-board']) {
      const dialog = await openDetail(doc, tag);
      await waitUntil(() => (dialog.querySelector('.rich')?.textContent ?? '').trim().length > 20, `${tag}: the detail lost its text`);
      expect(dialog.querySelector('.rich')!.textContent).to.not.match(/<\/?p>|&lt;/);
    }
    await waitUntil(() => /La carte ne peut pas/.test(root(doc, 'carif-venue-map')?.textContent ?? ''), 'the venue map did not say it cannot show');
    expect(inRoot(doc, 'carif-venue-map', '[part~="details-button"]'), 'the venue list is gone').to.not.equal(null);
    expect(win.pageErrors, 'uncaught errors').to.deep.equal([]);
    expect(win.warnings.join('\n')).to.contain('"carif-oref-widgets"');
  });

  // A widget alone on its page comes from its self-contained file; one of another kind added later
  // comes from the shared chunks: a second copy of Lit, whose "lit-html" policy needs 'allow-duplicates'.
  it("a widget alone, then one of another kind: both work with 'allow-duplicates'; without it, the second says it cannot be shown and the console says what to allow", async () => {
    for (const csp of ['duplicates', 'named']) {
      const { win, doc } = await host(csp, 'csp-solo');
      await waitUntil(() => inRoot(doc, 'carif-training-search', '.card'), `${csp}: the training search shows no results`, { timeout: 15000 });
      doc.body.append(doc.createElement('carif-event-agenda'));
      if (csp === 'duplicates') {
        await openDetail(doc, 'carif-event-agenda');
        expect(win.violations, 'Trusted Types violations').to.deep.equal([]);
      } else {
        await waitUntil(() => /ne peut pas s’afficher sur cette page/.test(root(doc, 'carif-event-agenda')?.textContent ?? ''), 'the agenda said nothing');
        expect(win.warnings.join('\n')).to.contain("'allow-duplicates'");
      }
      expect(inRoot(doc, 'carif-training-search', '.card'), `${csp}: the training search lost its results`).to.not.equal(null);
      expect(win.pageErrors, 'uncaught errors').to.deep.equal([]);
      frame?.remove();
    }
  });

  it("with trusted-types 'none': each widget says it cannot be shown, and the console blames the page's rules, not the network", async () => {
    const { win, doc } = await host('none');
    for (const tag of WIDGETS) {
      await waitUntil(() => /ne peut pas s’afficher sur cette page/.test(root(doc, tag)?.textContent ?? ''), `${tag} said nothing`);
    }
    const said = win.warnings.join('\n');
    expect(said).to.contain('Trusted Types');
    expect(said).to.contain('lit-html');
    expect(said).to.not.contain('network');
  });
});
