import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FseView } from '@percorso/model';
import '@percorso/elements/medications.js';
import { fixtureView, manyDoses } from '../test/clinical/fixtures.js';
import { framed } from './data.js';
import { clinicalNow, clinicalView } from './clinical.js';

type Data = 'citizen' | 'clinician' | 'emergency' | 'sample' | 'dense' | 'doses' | 'empty' | 'loading' | 'error';

interface Args {
  data: Data;
  layout: 'chart' | 'table';
  wording?: 'citizen' | 'clinician';
  theme: 'light' | 'dark' | 'high-contrast';
  lang?: 'it' | 'en' | 'de';
  width?: number;
}

const view = (data: Data): FseView | Promise<FseView> => clinicalView(data, { extra: { doses: () => fixtureView('clinician', { extra: manyDoses(10_000) }) } });

/**
 * `<fse-medications>`: the therapy, not a list of prescriptions — one row per medicine with its
 * brands, a bar over the time it was taken (hatched when estimated), gaps, prescriptions with NRE
 * and state, the dispensation and the care path. Current therapy first, critical medicines
 * flagged. Selecting a medicine fires `fse-select`; a prescription or dispensation fires `fse-open`.
 */
const meta: Meta<Args> = {
  title: 'Elementi/Terapia',
  component: 'fse-medications',
  args: { data: 'citizen', layout: 'chart', theme: 'light' },
  argTypes: {
    data: { control: 'select', options: ['citizen', 'clinician', 'emergency', 'sample', 'dense', 'doses', 'empty', 'loading', 'error'] },
    layout: { control: 'inline-radio', options: ['chart', 'table'] },
    wording: { control: 'inline-radio', options: [undefined, 'citizen', 'clinician'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
    lang: { control: 'inline-radio', options: [undefined, 'it', 'en', 'de'] },
    width: { control: { type: 'number', min: 280, max: 1600, step: 20 } },
  },
  parameters: { actions: { handles: ['fse-select', 'fse-open', 'fse-error'] } },
  render: (args) => {
    const el = html`<fse-medications layout=${args.layout} theme=${args.theme} lang=${ifDefined(args.lang)} wording=${ifDefined(args.wording)} .now=${clinicalNow(args.data)} .view=${view(args.data)}></fse-medications>`;
    return framed(el, args.width);
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Vuoto: Story = { name: 'Empty', args: { data: 'empty' } };
export const Caricamento: Story = { name: 'Loading', args: { data: 'loading' } };
export const Errore: Story = { name: 'Error', args: { data: 'error' } };
/** "La mia terapia": the citizen's words; what each critical medicine means for them. */
export const Cittadino: Story = { name: 'Citizen', args: { data: 'citizen' } };
export const Medico: Story = { name: 'Clinician', args: { data: 'clinician' } };
export const Emergenza: Story = { name: 'Emergency', args: { data: 'emergency' } };
/** The synthetic sample patient: rivaroxaban every two months, with its prescriptions and dispensations. */
export const Campione: Story = { name: 'Typical (sample record)', args: { data: 'sample' } };
export const Denso: Story = { name: 'Dense', args: { data: 'dense' } };
/** 10 000 administrations of one medicine: one row, its count in words. */
export const Dosi: Story = { name: '10 000 doses', args: { data: 'doses' } };
/** The table alternative (also what the print shows, for the current therapy). */
export const Tabella: Story = { name: 'Table', args: { data: 'clinician', layout: 'table' } };
export const Scuro: Story = { name: 'Dark', args: { data: 'clinician', theme: 'dark' }, globals: { theme: 'dark' } };
export const AltoContrasto: Story = { name: 'High contrast', args: { data: 'clinician', theme: 'high-contrast' }, globals: { theme: 'high-contrast' } };
export const Tedesco: Story = { name: 'German', args: { data: 'clinician', lang: 'de' }, globals: { lang: 'de' } };
export const Telefono: Story = { name: 'Phone width', args: { data: 'clinician', width: 320 } };
