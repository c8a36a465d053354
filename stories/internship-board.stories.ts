import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/internship-board/define.js';

/**
 * Internships and immersions near the visitor, and the directory of employers who welcome class
 * visits and immersions. Live against the embedded Explore API over sample data; the error and
 * empty stories point `api-base` at the API's fault injection. The map loads (with Leaflet) only
 * when "Voir sur une carte" is pressed.
 */
const meta: Meta = {
  title: 'Widgets/Internship board',
  component: 'carif-internship-board',
  render: (args) => html`<carif-internship-board
    api-base=${args['api-base'] ?? ''}
    lang=${args.lang ?? 'fr'}
    types=${args.types ?? ''}
    sector=${args.sector ?? ''}
    department=${args.department ?? ''}
    near=${args.near ?? ''}
    radius=${args.radius ?? 30}
    mode=${args.mode ?? 'offers'}
    hide-filters=${args['hide-filters'] ?? ''}
    region=${args.region ?? ''}
  ></carif-internship-board>`,
  args: { lang: 'fr', mode: 'offers', radius: 30 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    mode: { control: 'inline-radio', options: ['offers', 'employers'] },
    radius: { control: 'select', options: [5, 10, 20, 30, 50, 100] },
  },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

/** A collège embeds the stage de 3e offers of its département only. */
export const ThirdYearPreset: Story = { name: 'Stage de 3e preset', args: { types: 'stage_3e', department: '21', 'hide-filters': 'type mode' } };

/** Teachers organising a class visit: employers who welcome visits and immersions, by commune. */
export const EmployerDirectory: Story = { args: { mode: 'employers' } };

/** Offers within 20 km of a commune, nearest first. */
export const NearAPlace: Story = { args: { near: 'Besançon', radius: 20 } };

/** Nothing matches: the empty state. */
export const Empty: Story = { args: { 'api-base': '/__fault/empty/api/explore/v2.1' } };

/** The data service fails (HTTP 500): a clear message and a retry button. */
export const Error: Story = { args: { 'api-base': '/__fault/status=500/api/explore/v2.1' } };

/** In English. */
export const English: Story = { args: { lang: 'en' } };
