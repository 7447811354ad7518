import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FseView } from '@percorso/model';
import '@percorso/elements/results.js';
import { framed } from './data.js';
import { clinicalView } from './clinical.js';
import { fixtureView } from '../test/clinical/fixtures.js';

type Data = 'citizen' | 'clinician' | 'emergency' | 'sample' | 'dense' | 'empty' | 'loading' | 'error' | 'panels';

interface Args {
  data: Data;
  layout: 'charts' | 'tables';
  theme: 'light' | 'dark' | 'high-contrast';
  lang?: 'it' | 'en' | 'de';
  query?: string;
  panel?: string;
  width?: number;
}

/** `panels`: the clinical fixture with its lab results grouped into panels (creatinine and potassium, INR, haemoglobin). */
const view = (data: Data): FseView | Promise<FseView> => clinicalView(data, { extra: { panels: () => fixtureView('citizen', { panels: true }) } });

/**
 * `<fse-results>`: every measured value over time — one small chart per analyte with its
 * reference band, out-of-range values as triangles, impossible ones as a cross, the care path's
 * goal as a dashed band, the latest value, range and trend in words; search (also in the
 * glossary's plain words), panel and care-path filters; a table layout. Choosing a value fires
 * `fse-select` and `fse-open`.
 */
const meta: Meta<Args> = {
  title: 'Elementi/Risultati',
  component: 'fse-results',
  args: { data: 'citizen', layout: 'charts', theme: 'light' },
  argTypes: {
    data: { control: 'select', options: ['citizen', 'clinician', 'emergency', 'sample', 'dense', 'empty', 'loading', 'error', 'panels'] },
    layout: { control: 'inline-radio', options: ['charts', 'tables'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
    lang: { control: 'inline-radio', options: [undefined, 'it', 'en', 'de'] },
    query: { control: 'text' },
    panel: { control: 'text' },
    width: { control: { type: 'number', min: 280, max: 1600, step: 20 } },
  },
  parameters: { actions: { handles: ['fse-select', 'fse-open', 'fse-error'] } },
  render: (args) => {
    const el = html`<fse-results layout=${args.layout} theme=${args.theme} lang=${ifDefined(args.lang)} panel=${args.panel ?? ''} .query=${args.query ?? ''} .view=${view(args.data)}></fse-results>`;
    return framed(el, args.width);
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Vuoto: Story = { name: 'Empty', args: { data: 'empty' } };
export const Caricamento: Story = { name: 'Loading', args: { data: 'loading' } };
export const Errore: Story = { name: 'Error', args: { data: 'error' } };
/** Creatinine falling over three measurements, a range only in words, a value without a unit, an impossible one. */
export const Cittadino: Story = { name: 'Citizen', args: { data: 'citizen' } };
export const Medico: Story = { name: 'Clinician', args: { data: 'clinician' } };
export const Emergenza: Story = { name: 'Emergency', args: { data: 'emergency' } };
/** The synthetic sample patient's lab history. */
export const Campione: Story = { name: 'Typical (sample record)', args: { data: 'sample' } };
/** A whole life (5 000 events): a virtualised list of charts. */
export const Denso: Story = { name: 'Dense', args: { data: 'dense' } };
/** The search in the citizen's words: "creatinine" finds "Creatinina" through the glossary. */
export const Ricerca: Story = { name: 'Search', args: { data: 'citizen', query: 'creatinine' } };
/** Filtered by a lab panel: only the analytes of "Funzionalità renale"; the live line says the filter is on and how many of how many show. */
export const Pannello: Story = { name: 'Filtered by panel', args: { data: 'panels', panel: 'Funzionalità renale' } };
/** The sample record's panels (Emocromo, Profilo lipidico, Chimica clinica) in the filter, one chosen. */
export const PannelloCampione: Story = { name: 'Filtered by panel (sample record)', args: { data: 'sample', panel: 'Emocromo' } };
export const Tabelle: Story = { name: 'Tables', args: { data: 'citizen', layout: 'tables' } };
export const Scuro: Story = { name: 'Dark', args: { data: 'citizen', theme: 'dark' }, globals: { theme: 'dark' } };
export const AltoContrasto: Story = { name: 'High contrast', args: { data: 'citizen', theme: 'high-contrast' }, globals: { theme: 'high-contrast' } };
export const Tedesco: Story = { name: 'German', args: { data: 'clinician', lang: 'de' }, globals: { lang: 'de' } };
export const Telefono: Story = { name: 'Phone width', args: { data: 'citizen', width: 320 } };
