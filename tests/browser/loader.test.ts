import { expect, waitUntil } from '@open-wc/testing';
import { load } from '../../src/carif-widgets.js';

// The all-widgets script: each widget's code loads when its tag appears in the page.
const fetched = (pattern: RegExp) => performance.getEntriesByType('resource').some((e) => pattern.test(e.name));

describe('carif-widgets.js (one script tag for every widget)', () => {
  it('loads a widget when its tag appears, and nothing else', async () => {
    expect(customElements.get('carif-training-search')).to.equal(undefined);
    expect(fetched(/training-search\.ts/)).to.equal(false);
    const el = document.createElement('carif-training-search');
    document.body.append(el);
    await waitUntil(() => customElements.get('carif-training-search'), 'the training search was not loaded', { timeout: 10000 });
    await waitUntil(() => el.shadowRoot?.querySelector('.card'), 'the training search did not render', { timeout: 10000 });
    expect(fetched(/internship-board/)).to.equal(false);
    expect(fetched(/leaflet/i)).to.equal(false);
    el.remove();
  });

  it('load() registers a widget on demand (for tags inside other shadow roots) and warns on unknown names', async () => {
    expect(customElements.get('carif-internship-board')).to.equal(undefined);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      await load('carif-internship-board', 'carif-nope');
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('carif-internship-board')).to.not.equal(undefined);
    expect(warnings.join()).to.contain('carif-nope');
    expect(fetched(/leaflet/i)).to.equal(false);
  });
});
