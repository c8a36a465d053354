import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import 'axe-core';
import '../../src/internship-board/define.js';
import type { CarifInternshipBoard } from '../../src/internship-board/internship-board.js';
import { $, $$, faultBase, freshCache, nextEvent, settled, failOnPageErrors, active, tabTo } from '../helpers/helpers.js';

async function mount(template = html`<carif-internship-board></carif-internship-board>`): Promise<CarifInternshipBoard> {
  freshCache();
  const el = await fixture<CarifInternshipBoard>(template);
  await settled(el);
  return el;
}


const errorText = (el: Element) => $(el, '[part="error"]')?.textContent ?? '';

describe('<carif-internship-board> accessibility', () => {
  it('is axe-clean: offers, filters open, detail, employer directory, empty, error, loading', async function () {
    // Many axe passes: under a loaded machine (npm test, two pages at once) they took over the default 15 s.
    this.timeout(45_000);
    const el = await mount();
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.filters-toggle')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part~="details-button"]')!.click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')!.open);
    await expect(el).to.be.accessible();
    $<HTMLDialogElement>(el, 'dialog')!.close();

    const employers = await mount(html`<carif-internship-board mode="employers"></carif-internship-board>`);
    expect($(employers, 'h3.commune')).to.exist;
    await expect(employers).to.be.accessible();
    const empty = await mount(html`<carif-internship-board api-base=${faultBase('empty')}></carif-internship-board>`);
    await expect(empty).to.be.accessible();
    const failing = await mount(html`<carif-internship-board api-base=${faultBase('status=503')}></carif-internship-board>`);
    expect($(failing, '[part="error"]')).to.exist;
    await expect(failing).to.be.accessible();
    freshCache();
    const loading = await fixture<CarifInternshipBoard>(html`<carif-internship-board api-base=${faultBase('delay=1500')}></carif-internship-board>`);
    expect($(loading, '[part="loading"]')).to.exist;
    await expect(loading).to.be.accessible();
  });

  it('can be used with the keyboard alone: mode, search, filter, open an offer, close it', async () => {
    await setViewport({ width: 1200, height: 900 });
    const el = await mount();
    // The mode radios: arrow keys move between them.
    await tabTo(el, (a) => a instanceof HTMLInputElement && a.name === 'mode');
    const toEmployers = nextEvent(el, 'carif-results');
    await sendKeys({ press: 'ArrowDown' });
    await toEmployers;
    await settled(el);
    expect($(el, 'h3.commune')).to.exist;
    const back = nextEvent(el, 'carif-results');
    await sendKeys({ press: 'ArrowUp' });
    await back;
    await settled(el);
    await tabTo(el, (a) => a.id === 'q');
    const r = nextEvent(el, 'carif-results');
    await sendKeys({ type: 'stage' });
    await sendKeys({ press: 'Enter' });
    await r;
    await settled(el);
    const boxEl = (await tabTo(el, (a) => a instanceof HTMLInputElement && a.type === 'checkbox')) as HTMLInputElement;
    const r2 = nextEvent(el, 'carif-results');
    await sendKeys({ press: 'Space' });
    await r2;
    expect(boxEl.checked).to.equal(true);
    await settled(el);
    const opener = await tabTo(el, (a) => a.getAttribute('part') === 'button details-button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')!.open, 'dialog did not open');
    expect(active(el)!.id).to.equal('detail-title');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$<HTMLDialogElement>(el, 'dialog')!.open);
    await waitUntil(() => active(el) === opener, 'focus did not return to the opener');
  });

  it('prints the list with each contact, without the controls', async () => {
    const el = await mount();
    // As a real print does: beforeprint first (the paper-only blocks are drawn then).
    dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '.search')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.modes')!).display).to.equal('none');
      expect(getComputedStyle($(el, '#filters')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.card .print-only')!).display).to.equal('block');
      expect($(el, '.card .print-only')!.textContent).to.match(/Contact/);
    } finally {
      await emulateMedia({ media: 'screen' });
      dispatchEvent(new Event('afterprint'));
    }
  });
});

describe('<carif-internship-board> faults', () => {
  failOnPageErrors();

  const withBase = (base: string, timeout = 15) => mount(html`<carif-internship-board api-base=${base} timeout=${timeout}></carif-internship-board>`);

  it('HTTP 429 with Retry-After, malformed JSON, a dropped connection, a timeout', async () => {
    expect(errorText(await withBase(faultBase('status=429,retry-after=7', 2)))).to.match(/7 secondes/);
    expect(errorText(await withBase(faultBase('malformed')))).to.match(/illisible/);
    expect(errorText(await withBase(faultBase('drop')))).to.match(/injoignable/);
    expect(errorText(await withBase(faultBase('delay=5000', 2), 1))).to.match(/trop de temps/);
  });

  it('unsafe links and markup in offers stay inert', async () => {
    (window as unknown as { __pwned?: number }).__pwned = undefined;
    const el = await withBase(faultBase('evil'));
    $<HTMLButtonElement>(el, '[part~="details-button"]')!.click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')!.open);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('script, img, iframe, object, svg[onload]').length).to.equal(0);
    // Every contact value was `javascript:…`: the contact block says where to ask instead of linking.
    expect(root.querySelector('dialog .contact')).to.exist;
    for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href')!).to.match(/^(https?:|mailto:|tel:)/);
    for (const node of root.querySelectorAll('*')) for (const attr of node.attributes) expect(attr.name.startsWith('on'), `${node.localName}[${attr.name}]`).to.equal(false);
    // The apply link was `javascript:`: it is not rendered as a link at all.
    expect(root.querySelector('dialog a[target="_blank"]')).to.equal(null);
    await new Promise((r) => setTimeout(r, 100));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('missing fields and absurd sizes still render', async () => {
    const el = await withBase(faultBase('missing-fields'));
    expect($$(el, '.card').length).to.be.greaterThan(0);
    $<HTMLButtonElement>(el, '[part~="details-button"]')!.click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')!.open);
    const huge = await withBase(faultBase('huge'));
    expect($(huge, '.card-title')!.textContent!.trim().length).to.be.lessThan(400);
    expect($$(huge, '.pagination li').length).to.be.at.most(5);
  });

  it('an empty answer shows the empty state, replaceable through a slot', async () => {
    const el = await withBase(faultBase('empty'));
    expect($(el, '.state.empty')!.textContent).to.match(/Aucune offre/);
    freshCache();
    const slotted = await fixture<CarifInternshipBoard>(html`<carif-internship-board api-base=${faultBase('empty')}><p slot="empty">Rien ici.</p></carif-internship-board>`);
    await settled(slotted);
    const slot = $<HTMLSlotElement>(slotted, 'slot[name="empty"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Rien ici.');
  });

});
