import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
// Generated from the JSDoc of the elements by `npm run analyze` (run before Storybook starts).
import manifest from '../dist/custom-elements.json';
// @ts-expect-error a plain module, shared with tests/node/storybook.test.mjs
import { docsManifest } from './docs-manifest.mjs';
// In the static Storybook (`npm run build-storybook`), no server answers the API: the sample API
// and the replayed hosts answer in the page, with the dev server's own code (api/browser.mjs).
import { installSampleApi } from '../api/browser.mjs';

if (import.meta.env.PROD) installSampleApi();

setCustomElementsManifest(docsManifest(manifest));

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};
export default preview;
