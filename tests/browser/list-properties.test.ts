// List properties set as properties (React 19, Vue 3 and server renderers set `el.region = "27"`
// because the element has a property of that name): a string is read as a list, like the attribute.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/training-search/define.js';
import '../../src/internship-board/define.js';
import '../../src/venue-map/define.js';
import '../../src/event-agenda/define.js';

const LISTS: Record<string, string[]> = {
  'carif-training-search': ['region', 'department', 'public', 'niveau', 'voie', 'modalite', 'financeur', 'hideFilters'],
  'carif-internship-board': ['types', 'sector', 'public', 'region', 'department', 'hideFilters'],
  'carif-venue-map': ['networks', 'public', 'services', 'region', 'department', 'hideFilters'],
  'carif-event-agenda': ['types', 'publics', 'region', 'department', 'hideFilters'],
};

type Lists = Record<string, unknown>;

describe('list properties accept strings as well as arrays', () => {
  for (const [tag, props] of Object.entries(LISTS)) {
    it(`<${tag}>: ${props.join(', ')}`, async () => {
      const el = document.createElement(tag) as HTMLElement & Lists;
      for (const prop of props) {
        el[prop] = '27 24,53';
        expect(el[prop], `${prop} from "27 24,53"`).to.deep.equal(['27', '24', '53']);
        el[prop] = ['21 25', '', 39];
        expect(el[prop], `${prop} from an array`).to.deep.equal(['21', '25', '39']);
        el[prop] = null;
        expect(el[prop], `${prop} from null`).to.deep.equal([]);
        el[prop] = undefined;
        expect(el[prop], `${prop} from undefined`).to.deep.equal([]);
      }
    });
  }

  it('a string property reaches the search like the attribute does (no error, the query has the region)', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const el = await fixture<HTMLElement & Lists>(html`<carif-training-search .region=${'27'} .public=${'jeunes'}></carif-training-search>`);
    const detail = await new Promise<{ query: { where: string } }>((resolve) => el.addEventListener('carif-results', (e) => resolve((e as CustomEvent).detail), { once: true }));
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(el.region).to.deep.equal(['27']);
    expect(detail.query.where).to.contain('`region` = "27"').and.to.contain('`publics` = "jeunes"');
  });
});
