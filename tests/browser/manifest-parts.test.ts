/**
 * custom-elements.json against what the widgets render: each widget is taken through its states
 * (results, filters open, detail open, empty, error, loading, and its own views, modes and real
 * sources), and the `part` names found in its shadow root must be exactly the `cssParts` its
 * manifest entry lists: nothing rendered that is not documented, nothing documented that is never
 * rendered.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/training-search/define.js';
import '../../src/internship-board/define.js';
import '../../src/event-agenda/define.js';
import '../../src/venue-map/define.js';
import { configure } from '../../src/core/config.js';
import { $, $$, faultBase, freshCache, settled } from '../helpers/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
type Seen = (el: Element) => void;

const replay = {
  annuaire: '/replay/api-lannuaire.service-public.gouv.fr/api/explore/v2.1',
  education: '/replay/data.education.gouv.fr/api/explore/v2.1',
  openagenda: '/replay/public.opendatasoft.com/api/explore/v2.1',
  rco: '/replay/catalogue-apprentissage.intercariforef.org/api/v1',
  geo: '/replay/geo.api.gouv.fr',
};

async function mount(tag: string, attrs: Record<string, string> = {}): Promise<Widget> {
  freshCache();
  const el = document.createElement(tag) as Widget;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return fixture<Widget>(html`${el}`);
}

const partsIn = (el: Element): string[] => $$(el, '[part]').flatMap((n) => n.getAttribute('part')!.split(/\s+/).filter(Boolean));

async function documentedParts(tag: string): Promise<string[]> {
  const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as { modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[] };
  const d = manifest.modules.flatMap((m) => m.declarations ?? []).find((x) => x.tagName === tag);
  if (!d) throw new Error(`${tag} is not in dist/custom-elements.json (run npm run build)`);
  return (d.cssParts ?? []).map((p) => p.name).sort();
}

/** Loaded, filters open, the detail of the first result open. */
async function mainStates(tag: string, seen: Seen, dialog: boolean, attrs: Record<string, string> = {}): Promise<Widget> {
  const el = await mount(tag, attrs);
  expect(await settled(el)).to.equal('list');
  seen(el);
  $<HTMLButtonElement>(el, '.filters-toggle')!.click();
  await el.updateComplete;
  seen(el);
  $<HTMLButtonElement>(el, '[part~="details-button"]')!.click();
  await waitUntil(() => (dialog ? $<HTMLDialogElement>(el, 'dialog')?.open : $(el, '.details:not([hidden])')), 'the detail did not open');
  await el.updateComplete;
  seen(el);
  return el;
}

/** A filter preset (the "clear all filters" button), empty, in error, loading. */
async function faultStates(tag: string, seen: Seen): Promise<void> {
  const filtered = await mount(tag, { department: '21' });
  await settled(filtered);
  await waitUntil(() => $(filtered, '[part~="clear-button"]'), 'no clear button with a filter set');
  seen(filtered);
  for (const spec of ['empty', 'status=500']) {
    const other = await mount(tag, { 'api-base': faultBase(spec) });
    await settled(other);
    seen(other);
  }
  seen(await mount(tag, { 'api-base': faultBase('delay=1500') }));
}

/** What each widget shows beyond the shared states. */
const EXTRA: Record<string, (seen: Seen) => Promise<void>> = {
  'carif-training-search': async (seen) => {
    const rco = await mount('carif-training-search', { source: 'rco' });
    expect(await settled(rco)).to.equal('list');
    seen(rco);
  },
  'carif-internship-board': async (seen) => {
    const el = await mount('carif-internship-board');
    await settled(el);
    $<HTMLButtonElement>(el, '[part~="map-toggle"]')!.click();
    await waitUntil(() => $(el, '[part="map"]'), 'the map did not show');
    seen(el);
    const directory = await mount('carif-internship-board', { mode: 'employers' });
    expect(await settled(directory)).to.equal('list');
    seen(directory);
  },
  'carif-event-agenda': async (seen) => {
    const month = await mount('carif-event-agenda', { view: 'month' });
    await waitUntil(() => $(month, '[part="day"]'), 'no month grid');
    await settled(month);
    // A day with events opens its panel.
    $$(month, '[part="day"]').find((d) => d.querySelector('.titles') && !d.classList.contains('out'))!.click();
    await waitUntil(() => $(month, '[part="day-panel"]'), 'no day panel');
    seen(month);
    const compact = await mount('carif-event-agenda', { layout: 'compact', 'see-all': '/agenda' });
    await waitUntil(() => $(compact, '[part~="see-all"]'), 'no see-all link');
    seen(compact);
    const oa = await mount('carif-event-agenda', { source: 'openagenda' });
    expect(await settled(oa)).to.equal('list');
    seen(oa);
  },
  'carif-venue-map': async (seen) => {
    const el = await mount('carif-venue-map', { source: 'annuaire' });
    expect(await settled(el)).to.equal('list');
    seen(el);
  },
};

const WIDGETS = [
  { tag: 'carif-training-search', dialog: true },
  { tag: 'carif-internship-board', dialog: true },
  { tag: 'carif-event-agenda', dialog: true },
  { tag: 'carif-venue-map', dialog: false },
];

describe('custom-elements.json lists exactly the parts each widget renders', () => {
  before(() => configure({ sources: replay }));
  after(() => configure({ sources: {} }));

  for (const { tag, dialog } of WIDGETS) {
    it(`<${tag}>: every rendered part is listed, every listed part is rendered in some state`, async () => {
      const seen = new Set<string>();
      const add: Seen = (el) => partsIn(el).forEach((p) => seen.add(p));
      await mainStates(tag, add, dialog);
      await faultStates(tag, add);
      await EXTRA[tag](add);
      const documented = await documentedParts(tag);
      const rendered = [...seen].sort();
      expect(rendered.filter((p) => !documented.includes(p)).join(' '), 'rendered but not listed').to.equal('');
      expect(documented.filter((p) => !seen.has(p)).join(' '), 'listed but never rendered').to.equal('');
    });
  }
});
