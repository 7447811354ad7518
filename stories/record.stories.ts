import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FseView } from '@percorso/model';
import { styleProps } from '@percorso/elements/internal/style-props.js';
import '@percorso/elements/record.js';
import '@percorso/elements/body-map.js';
import '@percorso/elements/care-paths.js';
import '@percorso/elements/timeline.js';
import { emptyView, failed, pending, sampleView } from './data.js';

type Data = 'citizen' | 'clinician' | 'dense' | 'empty' | 'loading' | 'error';

interface Args {
  data: Data;
  theme: 'light' | 'dark' | 'high-contrast';
  lang?: 'it' | 'en' | 'de' | 'fr' | 'sl';
  width?: number;
}

function view(data: Data): FseView | Promise<FseView> {
  switch (data) {
    case 'clinician':
      return sampleView('clinician');
    case 'dense':
      return sampleView('citizen', 5000);
    case 'empty':
      return emptyView();
    case 'loading':
      return pending();
    case 'error':
      return failed();
    default:
      return sampleView('citizen');
  }
}

/**
 * `<fse-record>`: one record and one selection for the elements a portal places inside it, in the
 * portal's own layout (it draws nothing itself: `display: contents`). Here a page puts the body map
 * and the care paths in a side column and the timeline beside them — none of them is given a view:
 * they show the record's. Choose a region to filter the timeline, a care path (or a step) to
 * highlight its events, an event to select its path (see the Actions panel). On a narrow page the
 * columns stack. `<fse-journey>` is the same record with a layout of its own.
 */
const meta: Meta<Args> = {
  title: 'Elementi/Fascicolo (contesto)',
  component: 'fse-record',
  args: { data: 'citizen', theme: 'light' },
  argTypes: {
    data: { control: 'select', options: ['citizen', 'clinician', 'dense', 'empty', 'loading', 'error'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
    lang: { control: 'inline-radio', options: [undefined, 'it', 'en', 'de', 'fr', 'sl'] },
    width: { control: { type: 'number', min: 320, max: 1600, step: 20 } },
  },
  parameters: {
    layout: 'fullscreen',
    actions: { handles: ['fse-event-select', 'fse-region-select', 'fse-carepath-select', 'fse-step-select', 'fse-error'] },
  },
  render: (args) => {
    const width = args.width ?? 1280;
    const narrow = width < 720;
    // The page's own layout: a side column and a main column, stacked on a narrow page.
    const page = styleProps({
      display: 'grid',
      gap: '16px',
      padding: '16px',
      'max-inline-size': `${width}px`,
      'grid-template-columns': narrow ? 'minmax(0, 1fr)' : 'minmax(0, 1fr) minmax(0, 2fr)',
      'align-items': 'start',
    });
    const column = styleProps({ display: 'grid', gap: '16px', 'min-inline-size': '0' });
    return html`<fse-record .view=${view(args.data)}>
      <div lang=${ifDefined(args.lang)} ${page}>
        <aside ${column}>
          <fse-body-map theme=${args.theme}></fse-body-map>
          <fse-care-paths theme=${args.theme} layout="compact"></fse-care-paths>
        </aside>
        <main ${column}>
          <fse-timeline theme=${args.theme}></fse-timeline>
        </main>
      </div>
    </fse-record>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A record with a patient and nothing else: each element says it has nothing to show. */
export const Vuoto: Story = { name: 'Empty', args: { data: 'empty' } };

/** The view is still on its way (a promise): each element shows it is loading. */
export const Caricamento: Story = { name: 'Loading', args: { data: 'loading' } };

/** The view could not be read: each element says so, in words. */
export const Errore: Story = { name: 'Error', args: { data: 'error' } };

/** The sample patient, as the citizen sees her own record (about 600 events). */
export const Tipico: Story = { name: 'Typical', args: { data: 'citizen' } };

/** A whole life (about 5 000 events): the timeline in bins, the body map's counts in the hundreds. */
export const Denso: Story = { name: 'Dense', args: { data: 'dense' } };

/** The citizen's own record: what she obscured is there, and hers to see. */
export const Cittadino: Story = { name: 'Citizen', args: { data: 'citizen' } };

/** The same record in a clinician's EHR: what she obscured does not exist here. */
export const Medico: Story = { name: 'Clinician', args: { data: 'clinician' } };

export const Scuro: Story = { name: 'Dark', args: { theme: 'dark' }, globals: { theme: 'dark' } };

export const AltoContrasto: Story = { name: 'High contrast', args: { theme: 'high-contrast' }, globals: { theme: 'high-contrast' } };

export const Tedesco: Story = { name: 'German', args: { lang: 'de' }, globals: { lang: 'de' } };

/** On a phone (360 px): the page's columns stack; the elements keep their own phone layouts. */
export const Telefono: Story = { name: 'Phone (360 px)', args: { width: 360 } };
