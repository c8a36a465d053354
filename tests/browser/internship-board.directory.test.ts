/**
 * The employer directory (issue 14): a map of the employers of the page, distances "around me",
 * and "5 offres en ligne" as a button that shows that employer's offers (and back to all offers).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core';
import '../../src/internship-board/define.js';
import type { CarifInternshipBoard } from '../../src/internship-board/internship-board.js';
import type { CarifResultsDetail } from '../../src/core/events.js';
import type { Employer } from '../../src/data/stages/employers.js';
import type { Internship } from '../../src/data/stages/record.js';
import { $, $$, active, apiRecords, freshCache, nextEvent, settled, failOnPageErrors, markersDrawn } from '../helpers/helpers.js';

async function directory(attrs = ''): Promise<{ el: CarifInternshipBoard; page: CarifResultsDetail<Employer> }> {
  freshCache();
  const wrap = await fixture(html`<div .innerHTML=${`<carif-internship-board mode="employers" tile-url="none" ${attrs}></carif-internship-board>`}></div>`);
  const el = wrap.querySelector('carif-internship-board')!;
  const page = await nextEvent<CarifResultsDetail<Employer>>(el, 'carif-results');
  await settled(el);
  return { el, page: page.detail };
}

describe('<carif-internship-board> employer directory', () => {
  failOnPageErrors();

  it('has a map of the employers of the page, each at one of its offers; a marker goes to its card', async () => {
    const { el, page } = await directory();
    // Each employer of the page gets the place of one of its offers, from the API itself.
    for (const e of page.items.slice(0, 4)) {
      const rows = await apiRecords('stages', { where: `employeur_id = "${e.id}"`, select: 'geo', limit: '100' });
      const places = rows.results.map((r) => r.geo as { lat: number; lon: number } | null).filter(Boolean);
      if (!places.length) expect(e.geo).to.equal(null);
      else expect(places.some((p) => p!.lat === e.geo?.lat && p!.lon === e.geo?.lon), `${e.name}: not at one of its offers`).to.equal(true);
    }
    const toggle = $<HTMLButtonElement>(el, '.map-toggle');
    expect(toggle, 'no map in the directory').to.exist;
    toggle!.click();
    await waitUntil(() => $$(el, '.carif-marker').length > 0, 'no employer drawn', { timeout: 8000 });
    expect(markersDrawn(el)).to.equal(page.items.filter((e) => e.geo).length);
    expect($(el, '#map')!.getAttribute('aria-label')).to.match(/employeurs/);
    await expect(el).to.be.accessible();
    const point = $(el, '.carif-point')!;
    const name = point.getAttribute('aria-label')!.split(',')[0]!;
    point.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.classList.contains('card-title'), 'Enter on a marker did not reach its employer');
    expect(active(el)!.textContent).to.equal(name);
  });

  it('“5 offres en ligne” shows that employer’s offers, then “Voir toutes les offres” all of them again', async () => {
    const { el, page } = await directory();
    const withOffers = page.items.find((e) => (e.offers ?? 0) > 1)!;
    const card = $(el, `li[data-id="${CSS.escape(withOffers.id)}"]`)!;
    const button = card.querySelector<HTMLButtonElement>('[part~="employer-offers"]')!;
    expect(button.textContent).to.contain(`${withOffers.offers} offres en ligne`);
    expect(button.getAttribute('aria-label')).to.contain(withOffers.name);
    let r = nextEvent<CarifResultsDetail<Internship>>(el, 'carif-results');
    button.click();
    const offers = (await r).detail;
    await settled(el);
    const rows = await apiRecords('stages', { where: `employeur_id = "${withOffers.id}"`, limit: '0' });
    expect(offers.total).to.equal(rows.total_count);
    expect(offers.items.every((i) => i.employer.id === withOffers.id)).to.equal(true);
    expect($<HTMLInputElement>(el, 'input[name=mode][value=offers]')!.checked).to.equal(true);
    expect($(el, '.employer-filter')!.textContent).to.contain(withOffers.name);
    await waitUntil(() => active(el)?.id === 'results-heading', 'the focus was lost with the button');
    await expect(el).to.be.accessible();
    r = nextEvent(el, 'carif-results');
    $<HTMLButtonElement>(el, '.employer-filter button')!.click();
    const all = (await r).detail as CarifResultsDetail<Internship>;
    expect(all.total).to.be.greaterThan(offers.total);
    expect($(el, '.employer-filter')).to.equal(null);
  });

  it('around me: the directory keeps employers within the radius, with their distance', async () => {
    const { el } = await directory('near="48.11,-1.68" radius="30"');
    const cards = $$(el, '.list .card');
    expect(cards.length).to.be.greaterThan(0);
    const km = cards.map((c) => c.querySelector('.distance')?.textContent ?? '').filter(Boolean);
    expect(km.length, 'no distance on the employers').to.be.greaterThan(0);
    for (const d of km) expect(Number(d.replace(/[^\d,]/g, '').replace(',', '.'))).to.be.at.most(30);
  });
});
