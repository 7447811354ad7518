import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { styleProps } from '@percorso/elements/internal/style-props.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type FseView, type ViewerRole } from '@percorso/model';
import '@percorso/elements/timeline.js';
import type { GroupBy } from '@percorso/elements/timeline.js';
import { emptyView, undatedView } from '../test/timeline/fixtures.js';
import { failed, framed, pending, SAMPLE_NOW, sampleView } from './data.js';

type Data = 'typical' | 'chronic' | 'dense' | 'empty' | 'loading' | 'error' | 'undated';

interface Args {
  data: Data;
  role: ViewerRole;
  groupBy: GroupBy;
  theme: 'light' | 'dark' | 'high-contrast';
  lang?: 'it' | 'en' | 'de';
  showTable: boolean;
  text?: string;
  width?: number;
}

const SIZES: Record<'typical' | 'chronic' | 'dense', number> = { typical: 300, chronic: 5000, dense: 100_000 };
function view(data: Data, role: ViewerRole): FseView | Promise<FseView> {
  switch (data) {
    case 'empty':
      return emptyView();
    case 'undated':
      return undatedView(role);
    case 'loading':
      return pending();
    case 'error':
      return failed();
    default: {
      const n = SIZES[data];
      if (n <= 5000) return sampleView(role, n);
      // 100 000 events take a moment to generate: the element shows its loading state meanwhile.
      return new Promise<FseView>((ok) => setTimeout(() => ok(sampleView(role, n)), 30));
    }
  }
}

function timeline(args: Args, role: ViewerRole = args.role): TemplateResult {
  return html`<fse-timeline
    theme=${args.theme}
    lang=${ifDefined(args.lang)}
    group-by=${args.groupBy}
    ?show-table=${args.showTable}
    .now=${SAMPLE_NOW}
    .filter=${args.text ? { text: args.text } : null}
    .view=${view(args.data, role)}
  ></fse-timeline>`;
}

/**
 * `<fse-timeline>`: the patient journey from a lifetime to an hour. Lanes in citizen words,
 * periods as bars, partial dates as the span they mean, counted bins where marks would overlap,
 * tooltips on hover and focus, a synchronised table (also the print view), one tab stop with
 * arrow keys, + / − and PageUp / PageDown. Selecting an event fires `fse-event-select` (see the
 * Actions panel).
 */
const meta: Meta<Args> = {
  title: 'Elementi/Cronologia',
  component: 'fse-timeline',
  args: { data: 'typical', role: 'citizen', groupBy: 'category', theme: 'light', showTable: false },
  argTypes: {
    data: { control: 'select', options: ['typical', 'chronic', 'dense', 'empty', 'loading', 'error', 'undated'] },
    role: { control: 'inline-radio', options: ['citizen', 'clinician', 'parent', 'delegate', 'emergency'] },
    groupBy: { control: 'inline-radio', options: ['category', 'type', 'facility', 'carepath'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
    lang: { control: 'inline-radio', options: [undefined, 'it', 'en', 'de'] },
    showTable: { control: 'boolean' },
    text: { control: 'text' },
    width: { control: { type: 'number', min: 320, max: 1600, step: 20 } },
  },
  parameters: { actions: { handles: ['fse-event-select', 'fse-range-change', 'fse-error'] } },
  render: (args) => {
    const el = timeline(args);
    return framed(el, args.width);
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A record with no events: the empty state. */
export const Vuoto: Story = { name: 'Empty', args: { data: 'empty' } };

/** The view is a promise still pending. */
export const Caricamento: Story = { name: 'Loading', args: { data: 'loading' } };

/** The view's promise was rejected: a visible, localised error and `fse-error`. */
export const Errore: Story = { name: 'Error', args: { data: 'error' } };

/** A typical life: about 300 events from birth to today. */
/**
 * An event the source gives no date for: listed apart under the plot, "data non disponibile" in the
 * table, never drawn or counted on the axis (issue 8 §3).
 */
export const SenzaData: Story = { name: 'Undated events', args: { data: 'undated', showTable: true } };

export const Tipico: Story = { name: 'Typical life (~300 events)', args: { data: 'typical' } };

/** A chronic patient: about 5 000 events, aggregated into counted bins that split as you zoom. */
export const Cronico: Story = { name: 'Chronic (~5 000 events)', args: { data: 'chronic' } };

/** A stress case: 100 000 events. Only what is visible is drawn, in bins; panning stays smooth. */
export const Denso: Story = { name: 'Dense (100 000 events)', args: { data: 'dense' } };

/**
 * The same record seen by the citizen and by a clinician: documents the citizen obscured and
 * protected ones exist only in the citizen's view — no mark, count, axis extent or table row.
 */
export const CittadinoMedico: Story = {
  name: 'Citizen vs Clinician',
  args: { data: 'typical' },
  render: (args) => html`<section>
      <h3 ${styleProps({ font: '600 1rem sans-serif' })}>Cittadino</h3>
      ${timeline(args, 'citizen')}
    </section>
    <section>
      <h3 ${styleProps({ font: '600 1rem sans-serif' })}>Medico (finalità di cura)</h3>
      ${timeline(args, 'clinician')}
    </section>`,
};

/** The citizen's view. */
export const Cittadino: Story = { name: 'Citizen', args: { data: 'typical', role: 'citizen' } };

/** A clinician's view of the same record. */
export const Medico: Story = { name: 'Clinician', args: { data: 'typical', role: 'clinician' } };

/** The table view: the events in the visible range, sortable by date, virtualised. */
export const Tabella: Story = { name: 'Table view', args: { data: 'chronic', showTable: true } };

/** Lanes by national document type instead of citizen categories. */
export const PerTipo: Story = { name: 'Grouped by document type', args: { data: 'typical', groupBy: 'type', role: 'clinician' } };

export const Scuro: Story = { name: 'Dark', args: { data: 'chronic', theme: 'dark' }, globals: { theme: 'dark' } };

export const AltoContrasto: Story = {
  name: 'High contrast',
  args: { data: 'chronic', theme: 'high-contrast' },
  globals: { theme: 'high-contrast' },
};

export const Tedesco: Story = { name: 'German', args: { data: 'typical', lang: 'de' }, globals: { lang: 'de' } };

/** 360 px, a phone: lanes keep their names, the toolbar wraps. */
export const Telefono: Story = { name: 'Phone width', args: { data: 'typical', width: 360 } };
