import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/event-agenda/define.js';
import { useReplay } from './replay.js';

/**
 * Orientation events near the visitor (forums and salons, open days, job dating, workshops…): a
 * list grouped by month and day, a month calendar that is an accessible grid, or a compact "next
 * events" block for a home page. Times are read and shown in Europe/Paris; "Add to my calendar"
 * makes .ics files in the browser. Live against the embedded Explore API over sample data (its
 * dates move with the weeks, so there are always coming events); the error and empty stories
 * point `api-base` at the API's fault injection.
 */
const meta: Meta = {
  title: 'Widgets/Event agenda',
  component: 'carif-event-agenda',
  render: (args) => html`<carif-event-agenda
    api-base=${args['api-base'] ?? ''}
    lang=${args.lang ?? 'fr'}
    view=${args.view ?? 'list'}
    layout=${args.layout ?? 'full'}
    types=${args.types ?? ''}
    public=${args.public ?? ''}
    region=${args.region ?? ''}
    department=${args.department ?? ''}
    near=${args.near ?? ''}
    radius=${args.radius ?? 30}
    max-items=${args['max-items'] ?? 5}
    see-all=${args['see-all'] ?? ''}
    ?show-past=${args['show-past'] ?? false}
    hide-filters=${args['hide-filters'] ?? ''}
    source=${args.source ?? ''}
    agenda=${args.agenda ?? ''}
  ></carif-event-agenda>`,
  args: { lang: 'fr', view: 'list', layout: 'full', radius: 30, 'show-past': false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    view: { control: 'inline-radio', options: ['list', 'month'] },
    layout: { control: 'inline-radio', options: ['full', 'compact'] },
    radius: { control: 'select', options: [5, 10, 20, 30, 50, 100] },
    'show-past': { control: 'boolean' },
  },
};
export default meta;
type Story = StoryObj;

/** The whole agenda: coming events, grouped by month and day, in chronological order. */
export const List: Story = {};

/** The month calendar: arrows move between days, Page Up/Page Down between months, Enter shows the day's events. */
export const Month: Story = { args: { view: 'month' } };

/** A home-page block: the next five events and a "see all" link to the full agenda. */
export const Compact: Story = { args: { layout: 'compact', 'max-items': 5, 'see-all': 'https://example.org/agenda' } };

/** A lycée shows open days and salons only, without the type filter. */
export const PresetType: Story = { args: { types: 'portes_ouvertes forum_salon', 'hide-filters': 'type' } };

/** Events within 20 km of a commune (each card gives the distance). */
export const NearAPlace: Story = { name: 'Near a place', args: { near: 'Dijon', radius: 20 } };

/** Nothing matches: the empty state. */
export const Empty: Story = { args: { 'api-base': '/__fault/empty/api/explore/v2.1' } };

/** The data service fails (HTTP 500): a clear message and a retry button. */
export const Error: Story = { args: { 'api-base': '/__fault/status=500/api/explore/v2.1' } };

/** In English. */
export const English: Story = { args: { lang: 'en' } };

/** Past events too (hidden by default: an event is past once it has ended). */
export const ShowPast: Story = { args: { 'show-past': true } };

/** source="openagenda": OpenAgenda's public events through their Opendatasoft mirror (replayed offline). */
export const SourceOpenAgenda: Story = { args: { source: 'openagenda', near: 'Dijon', radius: 30 }, beforeEach: useReplay };
