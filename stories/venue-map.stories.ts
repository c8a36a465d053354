import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/venue-map/define.js';
import { useReplay } from './replay.js';

/**
 * Where to get free orientation advice: a map of the SPRO venues and the equivalent list, with
 * opening hours read in Europe/Paris. Live against the embedded Explore API over sample data.
 * Tiles come from OpenStreetMap unless `tile-url` says otherwise (`none`: no background).
 */
const meta: Meta = {
  title: 'Widgets/Venue map',
  component: 'carif-venue-map',
  render: (args) => html`<carif-venue-map
    api-base=${args['api-base'] ?? ''}
    lang=${args.lang ?? 'fr'}
    networks=${args.networks ?? ''}
    region=${args.region ?? ''}
    near=${args.near ?? ''}
    radius=${args.radius ?? 30}
    hide-filters=${args['hide-filters'] ?? ''}
    tile-url=${args['tile-url'] ?? ''}
    height=${args.height ?? ''}
    source=${args.source ?? ''}
    department=${args.department ?? ''}
  ></carif-venue-map>`,
  args: { lang: 'fr', radius: 30 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    radius: { control: 'select', options: [5, 10, 20, 30, 50, 100] },
  },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

/** A CIO shows its own network and the missions locales of its region. */
export const PresetNetwork: Story = { args: { networks: 'mission_locale cio', region: '27', 'hide-filters': 'network' } };

/** Venues within 20 km of a commune, nearest first. */
export const NearAPlace: Story = { args: { near: 'Rennes', radius: 20 } };

/** No background tiles (offline, blocked, or `tile-url="none"`): markers and list still work. */
export const NoTiles: Story = { args: { 'tile-url': 'none' } };

/** Nothing matches: the empty state. */
export const Empty: Story = { args: { 'api-base': '/__fault/empty/api/explore/v2.1' } };

/** The data service fails (HTTP 500): a clear message and a retry button. */
export const Error: Story = { args: { 'api-base': '/__fault/status=500/api/explore/v2.1' } };

/** In English. */
export const English: Story = { args: { lang: 'en' } };

/** source="annuaire": DILA's Annuaire de l'administration (replayed offline), with opening hours. */
export const SourceAnnuaire: Story = { args: { source: 'annuaire', department: '21' }, beforeEach: useReplay };

/** source="education": the CIOs of the Annuaire de l'éducation (replayed offline). */
export const SourceEducation: Story = { args: { source: 'education', department: '21' }, beforeEach: useReplay };

/** source="annuaire education": both, a CIO in the two shown once. */
export const SourceBoth: Story = { args: { source: 'annuaire education', near: 'Dijon', radius: 30 }, beforeEach: useReplay };
