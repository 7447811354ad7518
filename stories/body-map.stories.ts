import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleProps } from '@percorso/elements/internal/style-props.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FseView } from '@percorso/model';
import '@percorso/elements/body-map.js';
import '@percorso/elements/care-paths.js';
import { fixtureView } from '../test/body-map/fixtures.js';
import { failed, pending, SAMPLE_NOW, sampleView as sample } from './data.js';

type Data = 'sample' | 'clinician' | 'dense' | 'obscured-citizen' | 'obscured-clinician' | 'empty' | 'loading' | 'error';

interface Args {
  data: Data;
  side: 'front' | 'back';
  anatomy: 'neutral' | 'female' | 'male';
  mode: 'figure' | 'list';
  theme: 'light' | 'dark' | 'high-contrast';
  lang?: 'it' | 'en' | 'de';
  selected?: string;
  width?: number;
}

function view(data: Data): FseView | Promise<FseView> {
  switch (data) {
    case 'clinician':
      return sample('clinician');
    case 'dense':
      return sample('citizen', 4000, 7);
    case 'obscured-citizen':
      return fixtureView('citizen', { obscured: true });
    case 'obscured-clinician':
      return fixtureView('clinician', { obscured: true });
    case 'empty':
      return fixtureView('citizen', { empty: true });
    case 'loading':
      return pending();
    case 'error':
      return failed();
    default:
      return sample('citizen');
  }
}

/**
 * `<fse-body-map>`: how many of the patient's documents concern each part of the body, front and
 * back, with skin, blood and "not localised" beside the figure and a list alternative sorted by
 * count. A document counts once per region it concerns (the findings inside it lend it their
 * regions). Hover or focus for the latest document; click or Enter fires `fse-region-select` (see
 * the Actions panel) so the host can filter the timeline.
 */
const meta: Meta<Args> = {
  title: 'Elementi/Mappa del corpo',
  component: 'fse-body-map',
  args: { data: 'sample', side: 'front', anatomy: 'neutral', mode: 'figure', theme: 'light' },
  argTypes: {
    data: {
      control: 'select',
      options: ['sample', 'clinician', 'dense', 'obscured-citizen', 'obscured-clinician', 'empty', 'loading', 'error'],
    },
    side: { control: 'inline-radio', options: ['front', 'back'] },
    anatomy: { control: 'inline-radio', options: ['neutral', 'female', 'male'] },
    mode: { control: 'inline-radio', options: ['figure', 'list'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
    lang: { control: 'inline-radio', options: [undefined, 'it', 'en', 'de'] },
    selected: { control: 'text' },
    width: { control: { type: 'number', min: 200, max: 1200, step: 20 } },
  },
  parameters: { actions: { handles: ['fse-region-select', 'fse-error'] } },
  render: (args) => {
    const el = html`<fse-body-map
      side=${args.side}
      anatomy=${args.anatomy}
      mode=${args.mode}
      theme=${args.theme}
      lang=${ifDefined(args.lang)}
      selected=${ifDefined(args.selected)}
      .view=${view(args.data)}
    ></fse-body-map>`;
    return html`<div ${styleProps({ 'max-inline-size': `${args.width ?? 640}px` })}>${el}</div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** No documents yet: the figure with zero counts and a friendly line. */
export const Vuoto: Story = { name: 'Empty', args: { data: 'empty' } };

/** The view is a promise still pending. */
export const Caricamento: Story = { name: 'Loading', args: { data: 'loading' } };

/** The view's promise was rejected: a visible, localised error and `fse-error`. */
export const Errore: Story = { name: 'Error', args: { data: 'error' } };

/** The sample patient, as the citizen sees it. */
export const Tipico: Story = { name: 'Typical (sample patient)', args: { data: 'sample' } };

/** A long record (about 4000 events). */
export const Denso: Story = { name: 'Dense', args: { data: 'dense' } };

/** The citizen sees the chest X-ray they obscured counted under "Torace"… */
export const Cittadino: Story = { name: 'Citizen (with an obscured X-ray)', args: { data: 'obscured-citizen' } };

/** …the clinician sees the same record as if that X-ray had never existed. */
export const Medico: Story = { name: 'Clinician (same record)', args: { data: 'obscured-clinician' } };

/** The sample patient in a clinician's view. */
export const MedicoCampione: Story = { name: 'Clinician (sample patient)', args: { data: 'clinician' } };

export const Femminile: Story = { name: 'Female anatomy', args: { anatomy: 'female' } };

export const Maschile: Story = { name: 'Male anatomy', args: { anatomy: 'male' } };

/** From the back: kidneys and spine. */
export const Retro: Story = { name: 'Back', args: { side: 'back' } };

/** The list alternative, sorted by count. */
export const Elenco: Story = { name: 'List', args: { mode: 'list' } };

/** In a 240 px sidebar. */
export const Barra: Story = { name: 'Sidebar 240px', args: { width: 240 } };

export const Scuro: Story = { name: 'Dark', args: { theme: 'dark' }, globals: { theme: 'dark' } };

export const AltoContrasto: Story = {
  name: 'High contrast',
  args: { theme: 'high-contrast' },
  globals: { theme: 'high-contrast' },
};

export const Tedesco: Story = { name: 'German', args: { data: 'clinician', lang: 'de' }, globals: { lang: 'de' } };

/**
 * The Piemonte-like pair: the body map beside the care paths of the sample patient. Selecting a
 * region (or a care path) would filter the timeline in `<fse-journey>`.
 */
export const ConPercorsi: Story = {
  name: 'Beside the care paths (Piemonte-like)',
  render: (args) => {
    const v = sample('citizen');
    return html`<div
      ${styleProps({
        display: 'grid',
        'grid-template-columns': 'minmax(240px,320px) minmax(0,1fr)',
        gap: '1.5rem',
        'align-items': 'start',
        'max-inline-size': '1100px',
      })}
    >
      <fse-body-map theme=${args.theme} lang=${ifDefined(args.lang)} anatomy=${args.anatomy} .view=${v}></fse-body-map>
      <fse-care-paths theme=${args.theme} lang=${ifDefined(args.lang)} layout="compact" .now=${SAMPLE_NOW} .view=${v}></fse-care-paths>
    </div>`;
  },
};
