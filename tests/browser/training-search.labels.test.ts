// The labels of the publics and the funders, and the département names, load with the filter panel
// and the detail (data/codes.ts, LATER_CODES, loadDepartements): a page of its own, so that no
// earlier test has loaded them already.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/training-search/define.js';
import type { CarifTrainingSearch } from '../../src/training-search/training-search.js';
import { LATER_CODES } from '../../src/data/codes.js';
import { later } from '../../src/data/codes.later.js';
import { trainingStrings } from '../../src/training-search/strings.js';
import { $, freshCache, settled } from '../helpers/helpers.js';

describe('<carif-training-search> code labels', () => {
  it('names the publics and the funders in words in the panel and the detail (labels loaded with them)', async () => {
    freshCache();
    const el = await fixture<CarifTrainingSearch>(html`<carif-training-search></carif-training-search>`);
    await settled(el);
    const names = (g: string) => [...el.shadowRoot!.querySelectorAll(`fieldset[data-group="${g}"] label > span:not(.count)`)].map((s) => s.textContent!.trim());
    // The panel's own words (strings.later.ts, core/i18n.later.ts): every legend says something.
    const legends = [...el.shadowRoot!.querySelectorAll('.filters legend')].map((l) => l.textContent!.trim());
    expect(legends, 'the panel’s legends').to.include.members(['Niveau obtenu à la fin', 'Qui peut payer', 'Début de la formation', 'Près de chez moi']);
    expect($(el, '.place-form label')!.textContent, 'the place form’s words (i18n.later.ts)').to.equal('Commune ou code postal');
    for (const l of legends) expect(l, 'a legend with words').to.match(/\p{L}{3}/u);
    const funders = names('financeur');
    expect(funders.length, 'funders shown').to.be.greaterThan(2);
    // Words, capitalised: not "2" or "demandeurs_emploi".
    for (const n of [...funders, ...names('public')]) expect(n, 'a label, not a code').to.match(/^[A-ZÉÈ][^_]*$/);
    // The départements by name with their code ("Côte-d’Or (21)"), not the code alone.
    const departements = names('department');
    expect(departements.length, 'départements shown').to.be.greaterThan(1);
    for (const n of departements) expect(n, 'a name with its code').to.match(/^\D.* \((\d{2,3}|2[AB])\)$/);
    $<HTMLButtonElement>(el, '[part~="details-button"]')!.click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'the detail did not open');
    const funding = [...el.shadowRoot!.querySelectorAll('dialog dt')].find((dt) => dt.textContent!.includes('Financements possibles'));
    expect(funding, 'the detail names the funders').to.exist;
    expect(funding!.nextElementSibling!.textContent!.trim(), 'in words, not codes').to.match(/^[^\d]/);
    // The contact block's words came with the detail (this record has no website: its table is checked).
    expect($(el, 'dialog .contact')!.textContent, 'the contact block').to.match(/^\s*Contact\s+\S/);
    expect(trainingStrings.get('fr').website, 'the website link’s words').to.equal('Site de la formation');
    expect(trainingStrings.get('fr').noContact, 'where to ask instead').to.match(/conseiller en orientation/);
    // The code lists known before the labels load are the labels' own keys.
    expect(LATER_CODES.publics).to.deep.equal(Object.keys(later.publics));
    expect([...LATER_CODES.financeurs].sort()).to.deep.equal(Object.keys(later.financeurs).sort());
  });

});
