import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/training-search/define.js';
import type { CarifTrainingSearch } from '../../src/training-search/training-search.js';
import { $, $$, faultBase, freshCache, nextEvent, settled, failOnPageErrors } from '../helpers/helpers.js';

async function mountWith(apiBase: string, extra = ''): Promise<CarifTrainingSearch> {
  freshCache();
  const el = await fixture<CarifTrainingSearch>(html`<carif-training-search api-base=${apiBase} timeout=${extra || 15}></carif-training-search>`);
  return el;
}

const errorText = (el: Element) => $(el, '[part="error"]')?.textContent ?? '';

describe('<carif-training-search> faults', () => {
  failOnPageErrors();

  it('HTTP 429: says to wait, with the Retry-After delay', async () => {
    const el = await mountWith(faultBase('status=429,retry-after=7', 2));
    expect(await settled(el)).to.equal('error');
    expect(errorText(el)).to.match(/Trop de demandes.*7 secondes/);
    $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
    await waitUntil(() => $$(el, '.card').length > 0, 'retry did not bring results', { timeout: 8000 });
  });

  it('a slow answer shows the loading state, then the results', async () => {
    const el = await mountWith(faultBase('delay=1200'));
    await new Promise((r) => setTimeout(r, 300));
    expect($(el, '[part="loading"]')).to.exist;
    expect(await settled(el, 10_000)).to.equal('list');
  });

  it('an answer slower than `timeout` says the service is too slow', async () => {
    const el = await mountWith(faultBase('delay=5000', 2), '1');
    expect(await settled(el, 8000)).to.equal('error');
    expect(errorText(el)).to.match(/trop de temps/);
    $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
    await waitUntil(() => $$(el, '.card').length > 0, 'retry did not bring results', { timeout: 8000 });
  });

  it('malformed JSON: says the answer is unreadable', async () => {
    const el = await mountWith(faultBase('malformed'));
    expect(await settled(el)).to.equal('error');
    expect(errorText(el)).to.match(/illisible/);
  });

  it('an HTML page instead of the API: tells the webmaster to check api-base', async () => {
    const base = faultBase('html');
    const el = await mountWith(base);
    expect(await settled(el)).to.equal('error');
    expect(errorText(el)).to.contain('api-base');
    expect(errorText(el)).to.contain(base);
  });

  it('a dropped connection: says the service cannot be reached', async () => {
    const el = await mountWith(faultBase('drop'));
    expect(await settled(el)).to.equal('error');
    expect(errorText(el)).to.match(/injoignable/);
  });

  it('an unknown dataset: names it for the webmaster', async () => {
    freshCache();
    const el = await fixture<CarifTrainingSearch>(html`<carif-training-search dataset="formations-typo"></carif-training-search>`);
    expect(await settled(el)).to.equal('error');
    expect(errorText(el)).to.contain('formations-typo');
  });

  it('records with missing or wrong-typed fields still render as cards', async () => {
    const el = await mountWith(faultBase('missing-fields'));
    expect(await settled(el)).to.equal('list');
    expect($$(el, '.card').length).to.be.greaterThan(0);
    $<HTMLButtonElement>(el, '[part~="details-button"]')!.click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')!.open);
  });

  it('HTML, scripts and javascript: URLs in every text field stay inert', async () => {
    (window as unknown as { __pwned?: number }).__pwned = undefined;
    const el = await mountWith(faultBase('evil'));
    expect(await settled(el)).to.equal('list');
    const cards = $$(el, '.card');
    for (const card of cards.slice(0, 3)) {
      (card.querySelector('[part~="details-button"]') as HTMLButtonElement).click();
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')!.open);
      await new Promise((r) => setTimeout(r, 50));
      $<HTMLDialogElement>(el, 'dialog')!.close();
      await el.updateComplete;
    }
    $<HTMLButtonElement>(el, '[part~="details-button"]')!.click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')!.open);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('script, img, svg[onload], iframe, object').length).to.equal(0);
    for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href')!).to.match(/^(https?:|mailto:|tel:)/);
    for (const node of root.querySelectorAll('*')) {
      for (const attr of node.attributes) expect(attr.name.startsWith('on'), `${node.localName}[${attr.name}]`).to.equal(false);
    }
    // The titles keep their words; the markup around them is gone.
    expect($(el, '.card-title')!.textContent!.trim().length).to.be.greaterThan(3);
    await new Promise((r) => setTimeout(r, 100));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('absurd sizes are capped: a huge title, a huge total and thousands of sessions', async () => {
    const el = await mountWith(faultBase('huge'));
    expect(await settled(el)).to.equal('list');
    const title = $(el, '.card-title')!.textContent!.trim();
    expect(title.length).to.be.lessThan(400);
    expect($$(el, '.pagination li').length).to.be.at.most(5);
    $<HTMLButtonElement>(el, '[part~="details-button"]')!.click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')!.open);
    expect($$(el, '.sessions li').length).to.be.at.most(50);
  });

  it('an empty answer shows the empty state, replaceable through a slot', async () => {
    freshCache();
    const el = await fixture<CarifTrainingSearch>(html`<carif-training-search api-base=${faultBase('empty')}><p slot="empty">Rien ici.</p></carif-training-search>`);
    expect(await settled(el)).to.equal('empty');
    const slot = $<HTMLSlotElement>(el, 'slot[name="empty"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Rien ici.');
  });

  it('a stale request is aborted when the search changes: only the last answer shows', async () => {
    const el = await mountWith(faultBase('delay=600'));
    const input = $<HTMLInputElement>(el, '#q')!;
    input.value = 'cuisine';
    input.dispatchEvent(new Event('input'));
    $<HTMLFormElement>(el, 'form.search')!.requestSubmit();
    const results = await nextEvent<{ query: { where: string } }>(el, 'carif-results', 10_000);
    expect(results.detail.query.where).to.contain('cuisine');
  });
});
