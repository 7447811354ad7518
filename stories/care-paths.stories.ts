import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FseView } from '@percorso/model';
import { framed } from './data.js';
import '@percorso/elements/care-paths.js';
import { fixtureView, NOW } from '../test/care-paths/fixtures.js';

type Data = 'citizen' | 'clinician' | 'dense' | 'empty' | 'loading' | 'error';

interface Args {
  data: Data;
  layout: 'expanded' | 'compact';
  wording?: 'citizen' | 'clinician';
  theme: 'light' | 'dark' | 'high-contrast';
  lang?: 'it' | 'en' | 'de';
  selected?: string;
  width?: number;
}

function view(data: Data): FseView | Promise<FseView> {
  switch (data) {
    case 'clinician':
      return fixtureView('clinician', { screening: true, obscured: true });
    case 'dense':
      return fixtureView('citizen', { screening: true, obscured: true });
    case 'empty':
      return fixtureView('citizen', { carePaths: false });
    case 'loading':
      return new Promise<FseView>(() => {});
    case 'error':
      return Promise.reject(new Error('il server FHIR della regione non risponde (503)'));
    default:
      return fixtureView('citizen');
  }
}

/**
 * `<fse-care-paths>`: the patient's care paths (PDTA, PAI, therapeutic plans, screening) as
 * cards — condition, status, team, therapies, steps done / booked / overdue, next appointment,
 * goals and notes for the patient. Selecting a card or a step fires `fse-carepath-select` /
 * `fse-step-select` (see the Actions panel) so the host can highlight those events on the timeline.
 */
const meta: Meta<Args> = {
  title: 'Elementi/Percorsi di cura',
  component: 'fse-care-paths',
  args: { data: 'citizen', layout: 'expanded', theme: 'light' },
  argTypes: {
    data: { control: 'select', options: ['citizen', 'clinician', 'dense', 'empty', 'loading', 'error'] },
    layout: { control: 'inline-radio', options: ['expanded', 'compact'] },
    wording: { control: 'inline-radio', options: [undefined, 'citizen', 'clinician'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
    lang: { control: 'inline-radio', options: [undefined, 'it', 'en', 'de'] },
    selected: { control: 'text' },
    width: { control: { type: 'number', min: 280, max: 1600, step: 20 } },
  },
  parameters: { actions: { handles: ['fse-carepath-select', 'fse-step-select', 'fse-step-action-request', 'fse-error'] } },
  render: (args) => {
    const el = html`<fse-care-paths
      layout=${args.layout}
      theme=${args.theme}
      lang=${ifDefined(args.lang)}
      wording=${ifDefined(args.wording)}
      selected=${ifDefined(args.selected)}
      .now=${NOW}
      .view=${view(args.data)}
    ></fse-care-paths>`;
    return framed(el, args.width);
  },
};
export default meta;

type Story = StoryObj<Args>;

/** No care paths: the empty state. */
export const Vuoto: Story = { name: 'Empty', args: { data: 'empty' } };

/** The view is a promise still pending. */
export const Caricamento: Story = { name: 'Loading', args: { data: 'loading' } };

/** The view's promise was rejected: a visible, localised error and `fse-error`. */
export const Errore: Story = { name: 'Error', args: { data: 'error' } };

/** The atrial-fibrillation PDTA: done, booked, overdue, planned and cancelled steps. */
export const Tipico: Story = { name: 'Typical (atrial fibrillation)', args: { data: 'citizen' } };

/** Several paths — including one from a document the citizen obscured, which only the citizen sees. */
export const Denso: Story = { name: 'Several paths (dense)', args: { data: 'dense', layout: 'compact' } };

/** Citizen wording: "Prossima visita", "Note per te", "Le tue terapie". */
export const Cittadino: Story = { name: 'Citizen', args: { data: 'citizen' } };

/** Clinician wording and codes: "Follow-up programmato", "Note per l'assistito", "Terapia in corso". The obscured path is absent. */
export const Medico: Story = { name: 'Clinician', args: { data: 'clinician' } };

/** Compact cards: condition, status, progress, next appointment, overdue count; each opens on its own. */
export const Compatto: Story = { name: 'Compact', args: { data: 'dense', layout: 'compact' } };

export const Scuro: Story = { name: 'Dark', args: { data: 'dense', theme: 'dark' }, globals: { theme: 'dark' } };

export const AltoContrasto: Story = {
  name: 'High contrast',
  args: { data: 'dense', theme: 'high-contrast' },
  globals: { theme: 'high-contrast' },
};

export const Tedesco: Story = { name: 'German', args: { data: 'clinician', lang: 'de' }, globals: { lang: 'de' } };

/** 320 px, a small phone: one column, nothing overflows. */
export const Telefono: Story = { name: 'Phone width', args: { data: 'dense', width: 320 } };

/** The element of a story, once drawn. */
async function drawn(canvasElement: HTMLElement): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const el = canvasElement.querySelector('fse-care-paths') as HTMLElement & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  return el;
}

/** An overdue step offers "Prenota" and "Chiedi la ricetta"; here the portal never answers, to show the pending state. */
export const AzioneInCorso: Story = {
  name: 'Overdue step: request pending',
  args: { data: 'citizen' },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    el.addEventListener('fse-step-action-request', (e) => e.respond(new Promise(() => {})));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="step-action"]')?.click();
  },
};

/** The portal could not send the request: the step offers its actions again, with the portal's words. */
export const AzioneNonRiuscita: Story = {
  name: 'Overdue step: request failed',
  args: { data: 'citizen' },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    el.addEventListener('fse-step-action-request', (e) => e.respond(Promise.reject(new Error('Il CUP regionale non risponde. Riprova più tardi.'))));
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="step-action"]')[1]?.click();
  },
};

/** The done steps, folded by default, unfolded. */
export const TappeFatte: Story = {
  name: 'Done steps unfolded',
  args: { data: 'dense' },
  play: async ({ canvasElement }) => {
    const el = await drawn(canvasElement);
    for (const b of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="done-toggle"]')) b.click();
  },
};
