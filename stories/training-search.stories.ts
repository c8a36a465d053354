import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/training-search/define.js';
import { useReplay } from './replay.js';

/**
 * Search the regional training offer. Every story is live against the embedded Explore API over
 * sample data; the error and loading stories point `api-base` at the API's fault injection.
 */
const meta: Meta = {
  title: 'Widgets/Training search',
  component: 'carif-training-search',
  render: (args) => html`<carif-training-search
    api-base=${args['api-base'] ?? ''}
    lang=${args.lang ?? 'fr'}
    public=${args.public ?? ''}
    hide-filters=${args['hide-filters'] ?? ''}
    region=${args.region ?? ''}
    page-size=${args['page-size'] ?? 10}
    source=${args.source ?? ''}
    department=${args.department ?? ''}
  ></carif-training-search>`,
  args: { lang: 'fr', 'page-size': 10 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    'page-size': { control: { type: 'number', min: 1, max: 100 } },
  },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

/** A mission locale embeds the search for young people only, and hides that filter. */
export const PresetFilters: Story = { args: { public: 'jeunes', 'hide-filters': 'public', region: '27' } };

/** The data service answers slowly (3 s): the loading state. */
export const Loading: Story = { args: { 'api-base': '/__fault/delay=3000/api/explore/v2.1' } };

/** Nothing matches: the empty state. */
export const Empty: Story = { args: { 'api-base': '/__fault/empty/api/explore/v2.1' } };

/** The data service fails (HTTP 500): a clear message and a retry button. */
export const Error: Story = { args: { 'api-base': '/__fault/status=500/api/explore/v2.1' } };

/** In English. */
export const English: Story = { args: { lang: 'en' } };

/** source="rco": the Réseau des Carif-Oref's catalogue of apprenticeship trainings (replayed offline). */
export const SourceRco: Story = { args: { source: 'rco', department: '21' }, beforeEach: useReplay };

