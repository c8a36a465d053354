import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/internship-board/define.js';
import type { CarifInternshipBoard } from '../../src/internship-board/internship-board.js';
import type { Employer } from '../../src/data/stages/employers.js';
import type { Internship } from '../../src/data/stages/record.js';
import type { CarifResultsDetail } from '../../src/core/events.js';
import { haversineKm } from '../../src/data/distance.js';
import { $, $$, apiRecords, freshCache, nextEvent, settled } from '../helpers/helpers.js';

type Results = CarifResultsDetail<Internship> & { mode: 'offers' | 'employers' };

async function mount(template = html`<carif-internship-board></carif-internship-board>`): Promise<CarifInternshipBoard> {
  freshCache();
  const el = await fixture<CarifInternshipBoard>(template);
  await settled(el);
  return el;
}

async function resultsAfter(el: CarifInternshipBoard, action: () => unknown): Promise<Results> {
  const event = nextEvent<Results>(el, 'carif-results');
  await action();
  const e = await event;
  await settled(el);
  return e.detail;
}

const box = (el: Element, group: string, value: string) => {
  const b = $<HTMLInputElement>(el, `fieldset[data-group="${group}"] input[value="${value}"]`);
  if (!b) throw new Error(`no checkbox ${group}=${value}`);
  return b;
};
const shownCount = (el: Element, group: string, value: string) => Number(box(el, group, value).closest('label')!.querySelector('.count')!.textContent!.replace(/[^\d]/g, ''));

function choose(el: CarifInternshipBoard, selector: string, value: string) {
  const select = $<HTMLSelectElement>(el, selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

describe('<carif-internship-board> search', () => {
  it('loads the first page of offers with the API total, cards and a human contact', async () => {
    const el = await mount();
    const all = await apiRecords('stages', { limit: '0' });
    expect(all.total_count).to.equal(2000);
    expect($(el, '#results-heading')!.textContent).to.match(/2\s?000 offres/);
    const cards = $$(el, '.list > li .card');
    expect(cards.length).to.equal(10);
    for (const card of cards) expect(card.querySelector('.card-title')!.textContent!.trim()).to.not.equal('');
    // The print-only contact block (drawn from beforeprint to afterprint) is on every card: a person, a phone, an e-mail or a link.
    dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    for (const card of cards) expect(card.querySelector('.print-only .contact')).to.exist;
    dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(cards.filter((c) => c.querySelector('.print-only .contact')).length, 'the paper-only block is drawn on screen').to.equal(0);
    expect($(el, '[part="sample-notice"]')).to.exist;
  });

  for (const [group, check] of [
    ['type', (i: Internship, v: string) => i.type === v],
    ['sector', (i: Internship, v: string) => i.employer.naf === v],
    ['public', (i: Internship, v: string) => i.publics.includes(v)],
    ['department', (i: Internship, v: string) => i.place.departement === v],
  ] as const) {
    it(`filters by ${group}: the total matches the count shown and every offer matches`, async () => {
      const el = await mount();
      await waitUntil(() => $$(el, `fieldset[data-group="${group}"] .count`).length > 0, `no ${group} counts`);
      const boxes = $$<HTMLInputElement>(el, `fieldset[data-group="${group}"] input`);
      const value = boxes[1]!.value;
      const shown = shownCount(el, group, value);
      const r = await resultsAfter(el, () => box(el, group, value).click());
      expect(r.total).to.equal(shown);
      expect(r.total).to.be.greaterThan(0).and.lessThan(2000);
      for (const item of r.items) expect(check(item, value), `${item.id} ${group}=${value}`).to.equal(true);
      const r2 = await resultsAfter(el, () => box(el, group, value).click());
      expect(r2.total).to.equal(2000);
    });
  }

  it('shows the types in a fixed order with plain labels, never by popularity', async () => {
    const el = await mount();
    await waitUntil(() => $$(el, 'fieldset[data-group="type"] .count').length > 0);
    const values = $$<HTMLInputElement>(el, 'fieldset[data-group="type"] input').map((i) => i.value);
    expect(values).to.deep.equal(['stage_3e', 'mini_stage', 'pfmp', 'stage_etudiant', 'pmsmp', 'apprentissage'].filter((v) => values.includes(v)));
    expect($(el, 'fieldset[data-group="type"]')!.textContent).to.contain('Stage d’observation de 3e');
  });

  it('searches words in titles and employers', async () => {
    const el = await mount();
    const input = $<HTMLInputElement>(el, '#q')!;
    input.value = 'coiffure';
    input.dispatchEvent(new Event('input'));
    const r = await resultsAfter(el, () => $<HTMLFormElement>(el, 'form.search')!.requestSubmit());
    expect(r.total).to.be.greaterThan(0).and.lessThan(2000);
    for (const i of r.items) expect(`${i.title} ${i.employer.name} ${i.description}`.toLowerCase()).to.contain('coiffure');
  });

  it('filters by period: all year, or a month that overlaps the offer', async () => {
    const el = await mount();
    const r = await resultsAfter(el, () => choose(el, '#period', 'all-year'));
    expect(r.total).to.be.greaterThan(0).and.lessThan(2000);
    for (const i of r.items) expect(i.allYear).to.equal(true);
    const month = $$<HTMLOptionElement>(el, '#period option')[4]!.value;
    expect(month).to.match(/^\d{4}-\d{2}$/);
    const r2 = await resultsAfter(el, () => choose(el, '#period', month));
    expect(r2.total).to.be.greaterThan(r.total);
    const first = `${month}-01`;
    const last = `${month}-31`;
    for (const i of r2.items) expect(i.allYear || (i.start! <= last && i.end! >= first), `${i.id} ${i.start}..${i.end}`).to.equal(true);
  });

  it('filters by duration', async () => {
    const el = await mount();
    const r = await resultsAfter(el, () => choose(el, '#duration', 'short'));
    for (const i of r.items) expect(i.days).to.be.at.most(5);
    const r2 = await resultsAfter(el, () => choose(el, '#duration', 'long'));
    for (const i of r2.items) expect(i.days).to.be.greaterThan(20);
    expect(r.total + r2.total).to.be.lessThan(2000);
  });

  it('sorts by start date and by newest', async () => {
    const el = await mount();
    const starts = (await resultsAfter(el, () => choose(el, '.sort select', 'newest'))).items.map((i) => i.published ?? '');
    expect(starts).to.deep.equal([...starts].sort().reverse());
    const r = await resultsAfter(el, () => choose(el, '.sort select', 'start'));
    const dates = r.items.map((i) => i.start ?? '9999');
    expect(dates).to.deep.equal([...dates].sort());
  });

  it('finds a commune, keeps offers within the radius and sorts them by distance', async () => {
    const el = await mount();
    const place = $<HTMLInputElement>(el, '#place')!;
    place.value = 'Dijon';
    place.dispatchEvent(new Event('input'));
    const r = await resultsAfter(el, () => $<HTMLFormElement>(el, '.place-form')!.requestSubmit());
    expect($(el, '.near')!.textContent).to.contain('Dijon');
    expect($<HTMLSelectElement>(el, '.sort select')!.value).to.equal('distance');
    const dijon = { lat: 47.32, lon: 5.04 };
    const d = r.items.map((i) => haversineKm(dijon, i.place.geo!));
    for (const km of d) expect(km).to.be.lessThan(32);
    expect(d).to.deep.equal([...d].sort((a, b) => a - b));
    expect($(el, '.card .distance')).to.exist;
    choose(el, '#radius', '10');
    const r2 = await nextEvent<Results>(el, 'carif-results');
    expect(r2.detail.total).to.be.lessThan(r.total);
  });

  it('uses the visitor position only on "around me"', async () => {
    let asked = 0;
    const original = navigator.geolocation.getCurrentPosition;
    navigator.geolocation.getCurrentPosition = (ok: PositionCallback) => {
      asked += 1;
      ok({ coords: { latitude: 47.2378, longitude: 6.0241 } } as GeolocationPosition);
    };
    try {
      const el = await mount();
      expect(asked).to.equal(0);
      const r = await resultsAfter(el, () => $<HTMLButtonElement>(el, '[part~="around-me"]')!.click());
      expect(asked).to.equal(1);
      for (const i of r.items) expect(haversineKm({ lat: 47.2378, lon: 6.0241 }, i.place.geo!)).to.be.lessThan(32);
    } finally {
      navigator.geolocation.getCurrentPosition = original;
    }
  });

  it('employer directory: one card per employer, grouped by commune, with what they welcome and a contact', async () => {
    const el = await mount();
    const r = await resultsAfter(el, () => $<HTMLInputElement>(el, 'input[name="mode"][value="employers"]')!.click());
    expect(r.mode).to.equal('employers');
    const employers = r.items as unknown as Employer[];
    expect(employers.length).to.equal(10);
    expect(new Set(employers.map((e) => e.id)).size).to.equal(employers.length);
    for (const e of employers) expect(e.welcomes.visits || e.welcomes.immersions || e.welcomes.thirdYear).to.equal(true);
    const communes = employers.map((e) => e.city ?? '');
    expect(communes).to.deep.equal([...communes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const headings = $$(el, '.list h3.commune').map((h) => h.textContent!.trim());
    expect(headings.length).to.equal(new Set(communes).size);
    expect($(el, '#results-heading')!.textContent).to.match(/employeur/);
    for (const card of $$(el, '.list .card')) {
      expect(card.textContent).to.match(/visites de classe|immersions|stagiaires de 3e/);
      expect(card.querySelector('.card-contact a, .card-contact span')).to.exist;
    }
    // The sort belongs to offers only (the directory goes by commune); the map is in both.
    expect($(el, '.sort')).to.equal(null);
    expect($(el, '.map-toggle')).to.exist;
  });

  it('employer directory pages without a total (group_by answers have none): "more than", then the exact count on the last page', async () => {
    // The employers of a département, counted from the raw offers (what the directory should end on).
    const all = await apiRecords('stages', { where: 'departement = "25" and (accueil_visites = 1 or accueil_immersions = 1 or accueil_3e = 1)', limit: '100' });
    const raw = await apiRecords('stages', { where: 'departement = "25" and (accueil_visites = 1 or accueil_immersions = 1 or accueil_3e = 1)', group_by: 'employeur_id', limit: '1000' });
    expect(raw).to.not.have.property('total_count');
    const expected = raw.results.length;
    expect(expected).to.be.within(11, 99);
    expect(all.total_count).to.be.at.least(expected);
    const el = await mount(html`<carif-internship-board mode="employers" department="25" hide-filters="department"></carif-internship-board>`);
    const heading = () => $(el, '#results-heading')!.textContent!.trim();
    expect(heading()).to.equal('Plus de 10 employeurs trouvés');
    const seen = new Set<string>();
    for (let page = 1; page < 20; page++) {
      for (const card of $$(el, '.list .card')) seen.add(card.querySelector('.card-title')!.textContent!.trim() + '|' + card.closest('li')!.previousElementSibling?.textContent);
      const next = $$<HTMLButtonElement>(el, '[part~="pagination"] > button').at(-1);
      if (!next || next.disabled) break;
      await resultsAfter(el, () => next.click());
    }
    expect(heading()).to.equal(`${expected} employeurs trouvés`);
    expect($$(el, '.list .card').length).to.equal(expected % 10 || 10);
  });

  it('presets: a collège embeds types="stage_3e" with hidden filters', async () => {
    const el = await mount(html`<carif-internship-board types="stage_3e" department="21" hide-filters="type mode"></carif-internship-board>`);
    const expected = await apiRecords('stages', { where: 'type in ("stage_3e") and departement in ("21")', limit: '0' });
    expect($(el, '#results-heading')!.textContent!.replace(/\D/g, '')).to.equal(String(expected.total_count));
    expect($(el, 'fieldset[data-group="type"]')).to.equal(null);
    expect($(el, '.modes')).to.equal(null);
    expect(box(el, 'department', '21').checked).to.equal(true);
    // Clearing filters keeps the hidden preset.
    const r = await resultsAfter(el, () => $<HTMLButtonElement>(el, '[part~="clear-button"]')!.click());
    for (const i of r.items) expect(i.type).to.equal('stage_3e');
  });

  it('presets: near a commune name with a radius, and the employer mode', async () => {
    const el = await mount(html`<carif-internship-board near="Besançon" radius="20"></carif-internship-board>`);
    await waitUntil(() => $(el, '.near'), 'near preset not applied');
    await settled(el);
    expect($(el, '.near')!.textContent).to.contain('Besançon');
    expect($<HTMLSelectElement>(el, '#radius')!.value).to.equal('20');
    const el2 = await mount(html`<carif-internship-board mode="employers"></carif-internship-board>`);
    expect($(el2, '.list h3.commune')).to.exist;
  });

  it('warns the webmaster about wrong presets and keeps working', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await mount(html`<carif-internship-board types="stage_3e bogus" radius="7" mode="nope"></carif-internship-board>`);
      expect($$(el, '.card').length).to.be.greaterThan(0);
      expect(warnings.join('\n')).to.contain('bogus');
      expect(warnings.join('\n')).to.contain('radius="7"');
      expect(warnings.join('\n')).to.contain('mode="nope"');
    } finally {
      console.warn = original;
    }
  });

  it('speaks English with lang="en"', async () => {
    const el = await mount(html`<carif-internship-board lang="en"></carif-internship-board>`);
    expect($(el, '#results-heading')!.textContent).to.match(/2,000 offers/);
    expect($(el, 'fieldset[data-group="type"]')!.textContent).to.match(/Year 10 work experience|observation/i);
  });
});
