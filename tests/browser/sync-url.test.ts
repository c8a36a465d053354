/**
 * `sync-url`: each committed search is a step of the page's history (pushState), and Back or
 * Forward bring that step's search back into the widget. Before, the widget replaced the history
 * entry at every search, so Back left the page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/training-search/define.js';
import type { CarifTrainingSearch } from '../../src/training-search/training-search.js';
import { $, freshCache, nextEvent, settled } from '../helpers/helpers.js';

const checked = (el: Element, value: string) => $<HTMLInputElement>(el, `input[name="voie"][value="${value}"]`)!.checked;
const popped = () => new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));

describe('<carif-training-search sync-url> and the history', () => {
  it('a committed search is a history step: Back returns to the previous search, Forward comes back', async () => {
    const start = location.href;
    const steps = history.length;
    try {
      freshCache();
      const el = await fixture<CarifTrainingSearch>(html`<carif-training-search sync-url></carif-training-search>`);
      await settled(el);
      let r = nextEvent(el, 'carif-results');
      $<HTMLInputElement>(el, 'input[name="voie"][value="apprentissage"]')!.click();
      await r;
      await settled(el);
      r = nextEvent(el, 'carif-results');
      $<HTMLInputElement>(el, 'input[name="voie"][value="continue"]')!.click();
      await r;
      expect(history.length - steps, 'history steps added by two searches').to.equal(2);
      expect(new URL(location.href).searchParams.get('carif-voie')).to.equal('apprentissage,continue');
      let back = popped();
      history.back();
      await back;
      await waitUntil(() => !checked(el, 'continue'), 'Back did not bring the previous search');
      expect(checked(el, 'apprentissage')).to.equal(true);
      expect(new URL(location.href).searchParams.get('carif-voie')).to.equal('apprentissage');
      back = popped();
      history.back();
      await back;
      await waitUntil(() => !checked(el, 'apprentissage'), 'Back did not bring the first search');
      expect(location.href).to.equal(start);
      const forward = popped();
      history.forward();
      await forward;
      await waitUntil(() => checked(el, 'apprentissage'), 'Forward did not bring the search back');
      // Going back and forward writes nothing new.
      await settled(el);
      expect(history.length - steps).to.equal(2);
    } finally {
      history.replaceState(null, '', start);
    }
  });
});
