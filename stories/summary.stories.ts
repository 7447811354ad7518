import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FseView } from '@percorso/model';
import '@percorso/elements/summary.js';
import { fixtureView } from '../test/clinical/fixtures.js';
import { framed } from './data.js';
import { clinicalNow, clinicalView } from './clinical.js';

type Data = 'citizen' | 'clinician' | 'emergency' | 'allergies' | 'not-recorded' | 'declarations' | 'declarations-citizen' | 'sample' | 'dense' | 'empty' | 'loading' | 'error';

interface Args {
  data: Data;
  wording?: 'citizen' | 'clinician';
  theme: 'light' | 'dark' | 'high-contrast';
  lang?: 'it' | 'en' | 'de';
  width?: number;
}

const view = (data: Data): FseView | Promise<FseView> =>
  clinicalView(data, {
    sampleRole: 'clinician',
    extra: {
      allergies: () => fixtureView('clinician', { allergies: true }),
      'not-recorded': () => fixtureView('clinician', { noPss: true }),
      declarations: () => fixtureView('clinician', { declarations: true }),
      'declarations-citizen': () => fixtureView('citizen', { declarations: true }),
    },
  });

/**
 * `<fse-summary>`: what a clinician must know in the first ten seconds — critical medicines
 * flagged above everything, allergies ("nessuna allergia nota" vs "non registrate" vs a list),
 * current therapy, active problems, history, exemptions — each line with its source document and
 * how old it is. Disagreeing therapy lists (an older PSS, a later discharge letter) stay apart.
 * Following a source fires `fse-select` and `fse-open` (see the Actions panel).
 */
const meta: Meta<Args> = {
  title: 'Elementi/Sintesi',
  component: 'fse-summary',
  args: { data: 'citizen', theme: 'light' },
  argTypes: {
    data: { control: 'select', options: ['citizen', 'clinician', 'emergency', 'allergies', 'not-recorded', 'declarations', 'declarations-citizen', 'sample', 'dense', 'empty', 'loading', 'error'] },
    wording: { control: 'inline-radio', options: [undefined, 'citizen', 'clinician'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
    lang: { control: 'inline-radio', options: [undefined, 'it', 'en', 'de'] },
    width: { control: { type: 'number', min: 280, max: 1600, step: 20 } },
  },
  parameters: { actions: { handles: ['fse-select', 'fse-open', 'fse-error'] } },
  render: (args) => {
    const el = html`<fse-summary theme=${args.theme} lang=${ifDefined(args.lang)} wording=${ifDefined(args.wording)} .now=${clinicalNow(args.data)} .view=${view(args.data)}></fse-summary>`;
    return framed(el, args.width);
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A record with a patient and nothing else: allergies "non registrate", no therapy, no problems. */
export const Vuoto: Story = { name: 'Empty', args: { data: 'empty' } };
export const Caricamento: Story = { name: 'Loading', args: { data: 'loading' } };
export const Errore: Story = { name: 'Error', args: { data: 'error' } };
/** "La mia salute in breve": the citizen's plain words, what each critical medicine means for them. */
export const Cittadino: Story = { name: 'Citizen', args: { data: 'citizen' } };
/** The clinician's words and codes; the PSS and the later discharge letter disagree and are shown apart. */
export const Medico: Story = { name: 'Clinician', args: { data: 'clinician' } };
/** Emergency access: the same summary, titled for the emergency. */
export const Emergenza: Story = { name: 'Emergency', args: { data: 'emergency' } };
/** An allergy with a severe reaction, after an older "nessuna allergia nota". */
export const Allergie: Story = { name: 'Allergies listed', args: { data: 'allergies' } };
/** Nothing in the record says anything about allergies: "non registrate", to be asked. */
export const NonRegistrate: Story = { name: 'Allergies not recorded', args: { data: 'not-recorded' } };
/**
 * The citizen's will, as the Patient Summary states it: an organ-donation statement (a dissent, with
 * the day and the registry office where it was given) and advance directives (DAT, law 219/2017),
 * each with its source document and how old it is (model: `adapter/declarations.ts`).
 */
export const Dichiarazioni: Story = { name: 'Organ donation and advance directives', args: { data: 'declarations' } };
/** The same statements in the citizen's plain words. */
export const DichiarazioniCittadino: Story = { name: 'Organ donation and advance directives, citizen', args: { data: 'declarations-citizen' } };
/** The statements in German. */
export const DichiarazioniTedesco: Story = { name: 'Organ donation and advance directives, German', args: { data: 'declarations', lang: 'de' }, globals: { lang: 'de' } };
/** The statements in the dark theme. */
export const DichiarazioniScuro: Story = { name: 'Organ donation and advance directives, dark', args: { data: 'declarations', theme: 'dark' }, globals: { theme: 'dark' } };
/** The synthetic sample patient (about 600 events). */
export const Campione: Story = { name: 'Typical (sample record)', args: { data: 'sample' } };
/** A whole life (5 000 events). */
export const Denso: Story = { name: 'Dense', args: { data: 'dense' } };
export const Scuro: Story = { name: 'Dark', args: { data: 'clinician', theme: 'dark' }, globals: { theme: 'dark' } };
export const AltoContrasto: Story = { name: 'High contrast', args: { data: 'clinician', theme: 'high-contrast' }, globals: { theme: 'high-contrast' } };
export const Tedesco: Story = { name: 'German', args: { data: 'clinician', lang: 'de' }, globals: { lang: 'de' } };
/** 320 px, a small phone: one column, nothing overflows. */
export const Telefono: Story = { name: 'Phone width', args: { data: 'clinician', width: 320 } };
