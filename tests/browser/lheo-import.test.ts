/**
 * An LHEO export, imported with `carif-oref-widgets import lheo` and served as `serve --data`
 * serves it (web-test-runner.config.mjs mounts it at /imported/api/explore/v2.1), in the training
 * search: the actions are there with their place, organisation and contact, real data carries no
 * "sample data" notice, and the LHEO text's HTML is sanitised in the detail.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/training-search/define.js';
import type { CarifTrainingSearch } from '../../src/training-search/training-search.js';
import { $, $$, freshCache, settled } from '../helpers/helpers.js';

const API = '/imported/api/explore/v2.1';

describe('an imported LHEO export in <carif-training-search>', () => {
  it('shows each action with its place, organisation and a phone; no sample notice', async () => {
    freshCache();
    const el = await fixture<CarifTrainingSearch>(html`<carif-training-search api-base=${API}></carif-training-search>`);
    expect(await settled(el)).to.equal('list');
    expect($(el, '#results-heading')!.textContent).to.match(/3 formations/);
    expect($(el, '[part="sample-notice"]')).to.equal(null);
    const cards = $$(el, '.list .card');
    const first = cards.find((c) => c.querySelector('.card-title')!.textContent!.includes('BTS conseil'))!;
    expect(first.textContent).to.contain('Lycée des Tilleuls');
    expect(first.textContent).to.contain('21000 DIJON');
    expect(first.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.textContent).to.contain('03 80 00 00 16');
    // Facet counts come from the imported records: two trainings in the Côte-d'Or.
    await waitUntil(() => $(el, 'fieldset[data-group="department"] .count'), 'no département counts');
    expect($(el, 'input[name="department"][value="21"]')!.closest('label')!.textContent).to.match(/\(2\)/);
  });

  it('the detail shows the decoded HTML of the export, sanitised (no script), and the contact', async () => {
    freshCache();
    const el = await fixture<CarifTrainingSearch>(html`<carif-training-search api-base=${API}></carif-training-search>`);
    await settled(el);
    const card = $$(el, '.list .card').find((c) => c.querySelector('.card-title')!.textContent!.includes('BTS conseil'))!;
    card.querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'the detail did not open');
    const dialog = $(el, 'dialog')!;
    expect(dialog.querySelector('.rich b')!.textContent).to.equal('fidéliser');
    expect(dialog.querySelector('script')).to.equal(null);
    expect(dialog.textContent).to.not.contain('alert(1)');
    expect(dialog.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.textContent).to.equal('accueil@lycee-des-tilleuls.example.fr');
  });
});
