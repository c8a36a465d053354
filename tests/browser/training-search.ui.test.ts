import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import 'axe-core';
import '../../src/training-search/define.js';
import { CarifTrainingSearch } from '../../src/training-search/training-search.js';
import type { CarifResultsDetail } from '../../src/core/events.js';
import type { Training } from '../../src/data/formations/record.js';
import { $, faultBase, freshCache, nextEvent, settled, active, tabTo } from '../helpers/helpers.js';

async function mount(template = html`<carif-training-search></carif-training-search>`): Promise<CarifTrainingSearch> {
  freshCache();
  const el = await fixture<CarifTrainingSearch>(template);
  await settled(el);
  return el;
}


describe('<carif-training-search> accessibility', () => {
  it('is axe-clean loaded, with the filters open, in the detail dialog, empty, in error and loading', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.filters-toggle')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part~="details-button"]')!.click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')!.open);
    await expect(el).to.be.accessible();

    const empty = await mount(html`<carif-training-search api-base=${faultBase('empty')}></carif-training-search>`);
    await expect(empty).to.be.accessible();
    const failing = await mount(html`<carif-training-search api-base=${faultBase('status=503')}></carif-training-search>`);
    expect($(failing, '[part="error"]')).to.exist;
    await expect(failing).to.be.accessible();
    freshCache();
    const loading = await fixture<CarifTrainingSearch>(html`<carif-training-search api-base=${faultBase('delay=1500')}></carif-training-search>`);
    expect($(loading, '[part="loading"]')).to.exist;
    await expect(loading).to.be.accessible();
  });

  it('can be used with the keyboard alone: search, filter, open a detail, close it, page', async () => {
    const el = await mount();
    await tabTo(el, (a) => a.id === 'q');
    const r = nextEvent<CarifResultsDetail<Training>>(el, 'carif-results');
    await sendKeys({ type: 'commerce' });
    await sendKeys({ press: 'Enter' });
    expect((await r).detail.query.where).to.contain('commerce');
    await settled(el);
    // Filters: a checkbox toggled with Space.
    await setViewport({ width: 1200, height: 900 });
    const box = (await tabTo(el, (a) => a instanceof HTMLInputElement && a.type === 'checkbox')) as HTMLInputElement;
    const r2 = nextEvent(el, 'carif-results');
    await sendKeys({ press: 'Space' });
    await r2;
    expect(box.checked).to.equal(true);
    await settled(el);
    // Open a result with Enter; Escape closes it and focus returns to the opener.
    const opener = await tabTo(el, (a) => a.getAttribute('part') === 'button details-button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')!.open, 'dialog did not open');
    expect(active(el)!.id).to.equal('detail-title');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$<HTMLDialogElement>(el, 'dialog')!.open);
    await waitUntil(() => active(el) === opener, 'focus did not return to the opener');
  });

  it('prints the list with contacts and without the controls', async () => {
    const el = await mount();
    // As a real print does: beforeprint first (the paper-only blocks are drawn then).
    dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '.search')!).display).to.equal('none');
      expect(getComputedStyle($(el, '#filters')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.print-only')!).display).to.equal('block');
      expect(getComputedStyle($(el, '.card')!).display).to.not.equal('none');
      // Each card's contact block (loaded after the first results), in words.
      const contact = $(el, '.card .print-only .contact');
      expect(contact, 'a contact block on the card').to.exist;
      expect(getComputedStyle(contact!).display).to.not.equal('none');
      expect(contact!.textContent).to.match(/Contact[\s\S]*(Site de la formation|conseiller en orientation|\d)/);
      // Styled as in the detail (contactStyles come with it): its heading below the card's title, its list indented.
      const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
      expect(size(contact!.querySelector('h3')!), 'the contact heading is smaller than the card title').to.be.lessThan(size($(el, '.card-title')!));
      expect(getComputedStyle(contact!.querySelector('.contact-list')!).paddingInlineStart).to.not.equal('40px');
    } finally {
      await emulateMedia({ media: 'screen' });
      dispatchEvent(new Event('afterprint'));
    }
  });
});

describe('<carif-training-search> configuration', () => {
  it('speaks English from its own lang or an ancestor’s', async () => {
    const el = await mount(html`<carif-training-search lang="en"></carif-training-search>`);
    expect($(el, '#results-heading')!.textContent).to.match(/courses found/);
    expect($(el, 'label[for="q"]')!.textContent).to.contain('Job, course or keyword');
    freshCache();
    const wrapper = await fixture(html`<div lang="en-GB"><carif-training-search></carif-training-search></div>`);
    const inner = wrapper.querySelector('carif-training-search') as CarifTrainingSearch;
    await settled(inner);
    expect($(inner, '#results-heading')!.textContent).to.match(/courses found/);
    inner.setAttribute('lang', 'fr');
    await inner.updateComplete;
    expect($(inner, '#results-heading')!.textContent).to.match(/formations trouvées/);
  });

  it('presets and hides filters for a partner (mission locale: public="jeunes" hide-filters="public")', async () => {
    const el = await mount(html`<carif-training-search public="jeunes" hide-filters="public financeur" region="27"></carif-training-search>`);
    const r = nextEvent<CarifResultsDetail<Training>>(el, 'carif-results');
    $<HTMLButtonElement>(el, '.pagination > button:last-child')!.click();
    const { detail } = await r;
    expect($(el, 'fieldset[data-group="public"]')).to.equal(null);
    expect($(el, 'fieldset[data-group="financeur"]')).to.equal(null);
    for (const t of detail.items) {
      expect(t.publics).to.include('jeunes');
      expect(t.place.region).to.equal('27');
    }
  });

  it('warns the webmaster about values it cannot use', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      await mount(html`<carif-training-search region="Bourgogne" page-size="5000" public="jeunes martiens"></carif-training-search>`);
    } finally {
      console.warn = original;
    }
    expect(warnings.join('\n')).to.contain('region="Bourgogne"');
    expect(warnings.join('\n')).to.contain('page-size="5000"');
    expect(warnings.join('\n')).to.contain('martiens');
  });

  it('writes the search into the URL with sync-url, and reads it back', async () => {
    const before = location.href;
    try {
      const el = await mount(html`<carif-training-search sync-url></carif-training-search>`);
      const input = $<HTMLInputElement>(el, '#q')!;
      input.value = 'boulanger';
      input.dispatchEvent(new Event('input'));
      const r = nextEvent(el, 'carif-results');
      $<HTMLFormElement>(el, 'form.search')!.requestSubmit();
      await r;
      await settled(el);
      const r2 = nextEvent(el, 'carif-results');
      $<HTMLInputElement>(el, 'input[name="voie"][value="apprentissage"]')!.click();
      await r2;
      const url = new URL(location.href);
      expect(url.searchParams.get('carif-q')).to.equal('boulanger');
      expect(url.searchParams.get('carif-voie')).to.equal('apprentissage');
      el.remove();
      // A visitor opening the shared link gets the same search.
      const copy = await mount(html`<carif-training-search sync-url></carif-training-search>`);
      expect($<HTMLInputElement>(copy, '#q')!.value).to.equal('boulanger');
      expect($<HTMLInputElement>(copy, 'input[name="voie"][value="apprentissage"]')!.checked).to.equal(true);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('follows a page-wide api-base given on the script tag', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.dataset.apiBase = faultBase('status=418');
    document.head.append(script);
    try {
      const el = await mount();
      expect(el.effectiveApiBase).to.equal(script.dataset.apiBase);
      expect($(el, '[part="error"]')).to.exist;
    } finally {
      script.remove();
    }
  });
});

describe('<carif-training-search> isolation', () => {
  it('keeps host page styles out and its own styles in', async () => {
    const style = document.createElement('style');
    style.textContent = `body { text-transform: uppercase; letter-spacing: 6px; text-align: center; line-height: 4; } button { background: red !important; } .card { display: none; }`;
    document.head.append(style);
    try {
      const el = await mount();
      const title = $(el, '.card-title')!;
      const cs = getComputedStyle(title);
      expect(cs.textTransform).to.equal('none');
      expect(cs.letterSpacing).to.equal('normal');
      expect(cs.textAlign).to.not.equal('center');
      expect(getComputedStyle($(el, '.card')!).display).to.not.equal('none');
      expect(getComputedStyle($(el, '.button.primary')!).backgroundColor).to.not.equal('rgb(255, 0, 0)');
      // And nothing of the widget leaks onto the page.
      const probe = document.createElement('div');
      probe.className = 'card';
      document.body.append(probe);
      expect(getComputedStyle(probe).borderTopWidth).to.equal('0px');
      probe.remove();
    } finally {
      style.remove();
    }
  });

});
