import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleProps } from '@percorso/elements/internal/style-props.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { viewFor, type FseView } from '@percorso/model';
import '@percorso/elements/journey.js';
import { failed, pending, SAMPLE_NOW, sampleRecord, sampleView, withoutCareConsent } from './data.js';

type Data = 'citizen' | 'clinician' | 'emergency' | 'no-consent' | 'dense' | 'empty' | 'loading' | 'error';

interface Args {
  data: Data;
  theme: 'light' | 'dark' | 'high-contrast';
  lang?: 'it' | 'en' | 'de' | 'fr' | 'sl';
  width?: number;
  /** The citizen's last visit (the "Novità" list). */
  since?: string;
}

/** A last visit 120 days before the sample's reading day: the "Novità" show every kind. */
const LAST_VISIT = new Date(SAMPLE_NOW - 120 * 86_400_000).toISOString().slice(0, 10);

function view(data: Data): FseView | Promise<FseView> {
  switch (data) {
    case 'clinician':
      return sampleView('clinician');
    case 'emergency':
      return sampleView('emergency');
    case 'no-consent':
      return viewFor(withoutCareConsent(sampleRecord()), { role: 'clinician', now: SAMPLE_NOW });
    case 'dense':
      return sampleView('citizen', 20_000, 7);
    case 'empty': {
      const r = sampleRecord();
      return viewFor({ ...r, events: [], carePaths: [] }, { role: 'citizen', now: SAMPLE_NOW });
    }
    case 'loading':
      return pending();
    case 'error':
      return failed();
    default:
      return sampleView('citizen');
  }
}

/**
 * `<fse-journey>`: the patient dashboard. Who the record belongs to and who is looking; the body
 * map beside the care paths; the timeline below — one view for all, linked: choose a region to
 * filter the timeline, a care path (or a step) to highlight its events, an event to select its
 * path. Each link is a removable chip, announced to screen readers.
 */
const meta: Meta<Args> = {
  title: 'Elementi/Percorso del paziente',
  component: 'fse-journey',
  args: { data: 'citizen', theme: 'light' },
  argTypes: {
    data: { control: 'select', options: ['citizen', 'clinician', 'emergency', 'no-consent', 'dense', 'empty', 'loading', 'error'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
    lang: { control: 'inline-radio', options: [undefined, 'it', 'en', 'de'] },
    width: { control: { type: 'number', min: 320, max: 1600, step: 20 } },
    since: { control: 'text' },
  },
  parameters: {
    layout: 'fullscreen',
    actions: { handles: ['fse-event-select', 'fse-region-select', 'fse-carepath-select', 'fse-step-select', 'fse-open', 'fse-error'] },
  },
  render: (args) =>
    html`<div ${styleProps({ padding: '16px', 'max-inline-size': `${args.width ?? 1280}px` })}>
      <fse-journey theme=${args.theme} lang=${ifDefined(args.lang)} since=${ifDefined(args.since)} .view=${view(args.data)}></fse-journey>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The sample patient, as the citizen sees her own record. */
export const Cittadino: Story = { name: 'Citizen (typical)', args: { data: 'citizen' } };

/** The same record in a clinician's EHR: what she obscured does not exist here. */
export const Medico: Story = { name: 'Clinician', args: { data: 'clinician' } };

/** Emergency access (DM 7/9/2023 art. 20): Patient Summary first, nothing obscured. */
export const Emergenza: Story = { name: 'Emergency', args: { data: 'emergency' } };

/** No consultation consent for care: the clinician sees nothing, and is told why. */
export const SenzaConsenso: Story = { name: 'Clinician without consent', args: { data: 'no-consent' } };

/** A chronic patient with about 20 000 events. */
export const Denso: Story = { name: 'Dense', args: { data: 'dense' } };

export const Vuoto: Story = { name: 'Empty', args: { data: 'empty' } };

export const Caricamento: Story = { name: 'Loading', args: { data: 'loading' } };

export const Errore: Story = { name: 'Error', args: { data: 'error' } };

/** On a phone: one column. */
export const Telefono: Story = { name: 'Phone (360 px)', args: { width: 360 } };

export const Scuro: Story = { name: 'Dark', args: { theme: 'dark' }, globals: { theme: 'dark' } };

export const AltoContrasto: Story = { name: 'High contrast', args: { theme: 'high-contrast' }, globals: { theme: 'high-contrast' } };

export const Tedesco: Story = { name: 'German', args: { lang: 'de' }, globals: { lang: 'de' } };

/** "Novità" since the citizen's last visit (120 days before the sample's reading day): documents, a prescription, bookings, an access by someone new. */
export const Novita: Story = { name: 'News since the last visit', args: { since: LAST_VISIT } };

/** Nothing new since the last visit: the list says so, with the date. */
export const NovitaNessuna: Story = { name: 'News: nothing new', args: { data: 'empty', since: LAST_VISIT } };

/** A last visit that is not a date (or lies in the future): no list, never "everything is new". */
export const NovitaDataNonValida: Story = { name: 'News: invalid date (no list)', args: { since: 'ieri' } };

/** The news on a phone. */
export const NovitaTelefono: Story = { name: 'News, phone (360 px)', args: { since: LAST_VISIT, width: 360 } };

/** The news in the dark theme. */
export const NovitaScuro: Story = { name: 'News, dark', args: { since: LAST_VISIT, theme: 'dark' }, globals: { theme: 'dark' } };

/** The news in German. */
export const NovitaTedesco: Story = { name: 'News, German', args: { since: LAST_VISIT, lang: 'de' }, globals: { lang: 'de' } };

/** The news while the record loads: the list comes with the view. */
export const NovitaCaricamento: Story = { name: 'News, loading', args: { data: 'loading', since: LAST_VISIT } };

/** A clinician never sees the citizen's news, even with a date. */
export const NovitaMedico: Story = { name: 'News: clinician (no list)', args: { data: 'clinician', since: LAST_VISIT } };
