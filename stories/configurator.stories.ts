import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { mountConfigurator } from '../demo/configurator/configurator.js';
import type { Manifest } from '../demo/configurator/model.js';

// The manifest Storybook already reads (`npm run analyze` runs before it): the attribute lists.
const found = import.meta.glob<Manifest>('../dist/custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(found)[0] ?? {};

/**
 * The embed configurator for partner webmasters (the same code as demo/configurateur.html): pick
 * a widget and its settings, see it live, copy the snippet, or paste a snippet back into the form.
 */
const meta: Meta = {
  title: 'Configurateur',
  render: () => {
    const root = document.createElement('div');
    root.lang = 'fr';
    mountConfigurator(root, manifest);
    return root;
  },
  parameters: { layout: 'padded', controls: { disable: true } },
};
export default meta;

export const Configurateur: StoryObj = {};
