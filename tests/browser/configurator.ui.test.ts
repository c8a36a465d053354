/**
 * The embed configurator (demo/configurator/): form -> live widget -> snippet, a snippet pasted
 * back into the form, clear messages for invalid values, axe and the keyboard. Reads the attribute
 * lists from dist/custom-elements.json (npm test builds dist/ first; `npm run analyze` makes it).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import 'axe-core';
import { mountConfigurator, type Configurator } from '../../demo/configurator/configurator.js';
import type { Manifest } from '../../demo/configurator/model.js';
import { settled } from '../helpers/helpers.js';

let manifest: Manifest;
before(async () => {
  const answer = await fetch('/dist/custom-elements.json');
  if (!answer.ok) throw new Error('dist/custom-elements.json is missing: run `npm run analyze` (or `npm run build`) first.');
  manifest = (await answer.json()) as Manifest;
});

async function mount(): Promise<{ root: HTMLElement; cfg: Configurator }> {
  const root = await fixture<HTMLElement>(html`<div></div>`);
  const cfg = mountConfigurator(root, manifest);
  return { root, cfg };
}

const q = <T extends Element = HTMLInputElement>(root: Element, selector: string): T => {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`${selector} not found`);
  return el;
};
const change = (el: Element): void => void el.dispatchEvent(new Event('change', { bubbles: true }));
const check = (root: Element, name: string, value: string): void => {
  const box = q(root, `input[name="${name}"][value="${value}"]`);
  box.checked = true;
  change(box);
};
const pick = (root: Element, selector: string, value: string): void => {
  const select = q<HTMLSelectElement>(root, selector);
  select.value = value;
  change(select);
};
const cards = (el: Element): number => el.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0;

const EXPECTED = `<script type="module" src="https://cdn.jsdelivr.net/npm/carif-oref-widgets/dist/cdn/carif-widgets.js"
        data-api-base="https://data.exemple.fr/api/explore/v2.1"></script>
<style>
  carif-training-search {
    --carif-color-primary: #8a1538;
  }
</style>
<carif-training-search region="27" department="21" public="jeunes" voie="apprentissage" hide-filters="voie public"></carif-training-search>
`;

describe('the embed configurator', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('reads the four widgets and their attributes from the manifest', async () => {
    const { root } = await mount();
    const tags = [...root.querySelectorAll<HTMLInputElement>('input[name=tag]')].map((r) => r.value);
    expect(tags.join(' ')).to.equal('carif-training-search carif-venue-map carif-event-agenda carif-internship-board');
    // Training search presets from the manifest, levels and routes from the data layer's code tables.
    expect(root.querySelectorAll('input[name=niveau]').length).to.equal(7);
    expect(!!root.querySelector('input[name="hide-filters"][value="recrutement"]')).to.equal(true);
    check(root, 'tag', 'carif-event-agenda');
    expect(!!root.querySelector('select[name=view] option[value=month]')).to.equal(true);
    expect(!!root.querySelector('input[name="hide-filters"][value="attendance"]')).to.equal(true);
    expect([...q<HTMLSelectElement>(root, '#cfg-source').options].map((o) => o.value).join('|')).to.equal('|openagenda');
  });

  it('form -> live widget (attributes set, results shown) -> the exact snippet', async () => {
    const { root, cfg } = await mount();
    pick(root, '#cfg-region', '27');
    pick(root, '#cfg-department', '21');
    check(root, 'public', 'jeunes');
    check(root, 'voie', 'apprentissage');
    check(root, 'hide-filters', 'public');
    check(root, 'hide-filters', 'voie');
    const color = q(root, 'input[name="--carif-color-primary"]');
    color.value = '#8a1538';
    change(color);
    const api = q(root, '#cfg-api-base');
    api.value = 'https://data.exemple.fr/api/explore/v2.1';
    change(api);
    const live = cfg.live()!;
    expect(live.localName).to.equal('carif-training-search');
    expect(live.isConnected).to.equal(true);
    expect(live.getAttribute('public')).to.equal('jeunes');
    expect(live.getAttribute('voie')).to.equal('apprentissage');
    expect(live.getAttribute('department')).to.equal('21');
    expect(live.getAttribute('hide-filters')).to.equal('voie public', 'in the manifest’s order');
    expect(live.style.getPropertyValue('--carif-color-primary')).to.equal('#8a1538');
    expect(live.hasAttribute('api-base')).to.equal(false, 'the preview stays on the sample data');
    await waitUntil(() => customElements.get('carif-training-search'), 'the widget loads', { timeout: 8000 });
    expect(await settled(live as HTMLElement & { updateComplete: Promise<boolean> })).to.equal('list');
    expect(cards(live)).to.be.greaterThan(0);
    // Every card is in Côte-d'Or, for young people, by apprenticeship: the preset really applies.
    const answer = await fetch(`/api/explore/v2.1/catalog/datasets/formations/records?limit=0&where=${encodeURIComponent('departement = "21" and "jeunes" in publics and "apprentissage" in voie')}`).then((r) => r.json());
    expect(answer.total_count).to.be.greaterThan(0);
    expect(cards(live)).to.equal(Math.min(10, answer.total_count), 'one page of exactly the preset’s trainings');
    expect(live.shadowRoot!.textContent).to.contain(String(answer.total_count));
    expect(cfg.snippet()).to.equal(EXPECTED);
    expect(q<HTMLTextAreaElement>(root, '#cfg-snippet').value).to.equal(EXPECTED);
  });

  it('a pasted snippet fills the form (and gives back the same snippet); nothing of it runs', async () => {
    const { root, cfg } = await mount();
    const paste = q<HTMLTextAreaElement>(root, '#cfg-paste');
    paste.value = `<img src="x" onerror="window.__pwned = 1"><script>window.__pwned = 1</script>\n${EXPECTED.replace('carif-training-search region', 'carif-training-search lang="en" region')}`;
    q<HTMLButtonElement>(root, '.cfg-read').click();
    expect(q(root, 'input[name=tag][value="carif-training-search"]').checked).to.equal(true);
    expect(q<HTMLSelectElement>(root, '#cfg-region').value).to.equal('27');
    expect(q<HTMLSelectElement>(root, '#cfg-department').value).to.equal('21');
    expect(q(root, 'input[name=public][value=jeunes]').checked).to.equal(true);
    expect(q(root, 'input[name=public][value=salaries]').checked).to.equal(false);
    expect(q(root, 'input[name=voie][value=apprentissage]').checked).to.equal(true);
    expect(q(root, 'input[name="hide-filters"][value=public]').checked).to.equal(true);
    expect(q(root, 'input[name="hide-filters"][value=voie]').checked).to.equal(true);
    expect(q(root, 'input[name=lang][value=en]').checked).to.equal(true);
    expect(q(root, 'input[name="--carif-color-primary"]').value).to.equal('#8a1538');
    expect(q(root, '#cfg-api-base').value).to.equal('https://data.exemple.fr/api/explore/v2.1');
    expect(cfg.live()!.getAttribute('lang')).to.equal('en');
    expect(cfg.snippet()).to.equal(EXPECTED.replace('hide-filters="voie public"', 'hide-filters="voie public" lang="en"'));
    expect(q(root, '#cfg-paste-status').textContent).to.contain('Formulaire rempli');
    // An <img src="x"> in the page would have failed by the time this one fails.
    await new Promise((r) => Object.assign(new Image(), { onerror: r, onload: r, src: 'x' }));
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);

    // Another widget, with a real source and a free-text preset.
    paste.value = '<carif-venue-map source="annuaire" department="21" networks="mission_locale cio" near="Dijon"></carif-venue-map>';
    q<HTMLButtonElement>(root, '.cfg-read').click();
    expect(q(root, 'input[name=tag][value="carif-venue-map"]').checked).to.equal(true);
    expect(q<HTMLSelectElement>(root, '#cfg-source').value).to.equal('annuaire');
    expect(q(root, '#cfg-p-networks').value).to.equal('mission_locale cio');
    expect(q(root, '#cfg-p-near').value).to.equal('Dijon');
    expect(cfg.live()!.localName).to.equal('carif-venue-map');
    expect(cfg.live()!.getAttribute('source')).to.equal('annuaire');
  });

  it('invalid values get a clear message, announced, on the field at fault', async () => {
    const { root, cfg } = await mount();
    const paste = q<HTMLTextAreaElement>(root, '#cfg-paste');
    paste.value = '<carif-training-search public="robots jeunes" page-size="500" hide-filters="map" colour="red"></carif-training-search>';
    q<HTMLButtonElement>(root, '.cfg-read').click();
    const alert = q(root, '[role=alert]').textContent!;
    expect(alert).to.contain('« robots »');
    expect(alert).to.contain('de 1 à 100');
    expect(alert).to.contain('Filtre « map » inconnu');
    expect(q(root, '#cfg-paste-status').textContent).to.contain('« colour »');
    expect(q(root, '#cfg-p-page-size').getAttribute('aria-invalid')).to.equal('true');
    expect(q(root, '#cfg-err-page-size').textContent).to.contain('de 1 à 100');
    expect(q(root, '#cfg-p-page-size').getAttribute('aria-describedby')).to.equal('cfg-err-page-size');
    // What is wrong is left out of the live element and of the snippet.
    expect(cfg.live()!.hasAttribute('page-size')).to.equal(false);
    expect(cfg.snippet()).not.to.contain('500');

    // A typed value too, and a contrast too low for the buttons' text.
    paste.value = '';
    const size = q(root, '#cfg-p-page-size');
    size.value = '0';
    change(size);
    expect(q(root, '#cfg-err-page-size').textContent).to.contain('pas « 0 »');
    const primary = q(root, 'input[name="--carif-color-primary"]');
    primary.value = '#dddddd';
    change(primary);
    expect(q(root, '[role=alert]').textContent).to.contain('peu lisible');
    // Fixed: the messages go.
    size.value = '20';
    change(size);
    primary.value = '#1d4f91';
    change(primary);
    expect(q(root, '[role=alert]').textContent).to.equal('');
    expect(cfg.live()!.getAttribute('page-size')).to.equal('20');
  });

  it('is axe-clean, at 320 px too, without horizontal scrolling', async () => {
    const { root } = await mount();
    await expect(root).to.be.accessible();
    q<HTMLTextAreaElement>(root, '#cfg-paste').value = '<carif-training-search public="robots"></carif-training-search>';
    q<HTMLButtonElement>(root, '.cfg-read').click();
    await expect(root).to.be.accessible();
    await setViewport({ width: 320, height: 640 });
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(root).to.be.accessible();
  });

  it('works with the keyboard: arrows choose the widget, Enter copies the code', async () => {
    const { root, cfg } = await mount();
    q(root, 'input[name=tag][value="carif-training-search"]').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(cfg.live()!.localName).to.equal('carif-venue-map');
    expect(cfg.snippet()).to.contain('<carif-venue-map></carif-venue-map>');
    const copy = q<HTMLButtonElement>(root, '.cfg-copy');
    // Tab from the snippet's textarea reaches the copy button.
    q(root, '#cfg-snippet').focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === copy).to.equal(true);
    await sendKeys({ press: 'Enter' });
    const status = q(root, '#cfg-copy-status');
    await waitUntil(() => status.textContent !== '', 'the copy is reported', { timeout: 3000 });
    const area = q<HTMLTextAreaElement>(root, '#cfg-snippet');
    // Either the clipboard took it, or the code is selected for Ctrl+C (headless pages may refuse the clipboard).
    if (status.textContent!.startsWith('Code copié')) expect(await navigator.clipboard.readText().catch(() => cfg.snippet())).to.equal(cfg.snippet());
    else expect(area.value.slice(area.selectionStart, area.selectionEnd)).to.equal(cfg.snippet());
  });
});
