import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleProps } from '@percorso/elements/internal/style-props.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { fromFhir, viewFor, type FseRecord, type FseView } from '@percorso/model';
import { generateFamilyFhir } from '@percorso/model/generator';
import '@percorso/elements/journey.js';
import type { FseJourney, FseRecordSwitchRequestEvent } from '@percorso/elements/journey.js';
import { emptyView, failed, pending, SAMPLE_NOW, sampleRecord, sampleView, withoutCareConsent } from './data.js';

type Data = 'citizen' | 'clinician' | 'emergency' | 'no-consent' | 'dense' | 'empty' | 'loading' | 'error' | 'parent' | 'delegate';

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

let family: { child: FseRecord; mother: FseRecord } | undefined;
/**
 * The sample citizen's family, as the generator draws it beside her record (`generateFamilyFhir`):
 * her minor child, whose parent she is, and her mother, who named her delegate.
 */
function familyRecords(): { child: FseRecord; mother: FseRecord } {
  if (!family) {
    const [child, mother] = generateFamilyFhir({ seed: 2026, events: 600, now: SAMPLE_NOW }).map((b) => fromFhir(b, { now: SAMPLE_NOW }).record);
    family = { child: child!, mother: mother! };
  }
  return family;
}

/** A linked record as the citizen sees it: the child's as a parent, the mother's as a delegate (through the delegation of her own record). */
function linkedView(role: 'parent' | 'delegate', delegationId?: string): FseView {
  const basis = role === 'parent' ? 'parental' : 'voluntary';
  const d = sampleRecord().delegations.find((x) => (delegationId ? x.id === delegationId : x.direction === 'incoming' && x.basis === basis));
  const { child, mother } = familyRecords();
  return viewFor(role === 'parent' ? child : mother, { role, delegationId: d?.id ?? '', now: SAMPLE_NOW });
}

/** The host's answer to "apri il fascicolo" and "Torna al tuo fascicolo", as a portal gives it. */
function onSwitch(e: FseRecordSwitchRequestEvent): void {
  const d = e.detail;
  e.respond(Promise.resolve(d.to === 'own' || d.role === 'citizen' ? sampleView('citizen') : linkedView(d.role, d.delegationId)));
}

/**
 * The family states open the citizen's own record first (the journey learns from it whose records
 * she may open), then the linked one — as the switch a person asks for ends.
 */
const openLinked = (data: Data) =>
  ref((el) => {
    if (!el || (data !== 'parent' && data !== 'delegate')) return;
    const journey = el as FseJourney;
    void journey.updateComplete.then(() => {
      journey.view = linkedView(data);
    });
  });

function view(data: Data): FseView | Promise<FseView> {
  switch (data) {
    case 'parent':
    case 'delegate':
      return sampleView('citizen');
    case 'clinician':
      return sampleView('clinician');
    case 'emergency':
      return sampleView('emergency');
    case 'no-consent':
      return viewFor(withoutCareConsent(sampleRecord()), { role: 'clinician', now: SAMPLE_NOW });
    case 'dense':
      return sampleView('citizen', 20_000, 7);
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
    data: { control: 'select', options: ['citizen', 'clinician', 'emergency', 'no-consent', 'dense', 'empty', 'loading', 'error', 'parent', 'delegate'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
    lang: { control: 'inline-radio', options: [undefined, 'it', 'en', 'de'] },
    width: { control: { type: 'number', min: 320, max: 1600, step: 20 } },
    since: { control: 'text' },
  },
  parameters: {
    layout: 'fullscreen',
    actions: { handles: ['fse-event-select', 'fse-region-select', 'fse-carepath-select', 'fse-step-select', 'fse-open', 'fse-record-switch-request', 'fse-error'] },
  },
  render: (args) =>
    html`<div ${styleProps({ padding: '16px', 'max-inline-size': `${args.width ?? 1280}px` })}>
      <fse-journey
        theme=${args.theme}
        lang=${ifDefined(args.lang)}
        since=${ifDefined(args.since)}
        .view=${view(args.data)}
        @fse-record-switch-request=${onSwitch}
        ${openLinked(args.data)}
      ></fse-journey>
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

/**
 * The citizen's own record with her family's links: "… — apri il fascicolo" for her minor child (as
 * parent) and for her mother (as delegate, until the delegation ends). Opening one asks the host
 * (`fse-record-switch-request`), answered here by the story.
 */
export const Famiglia: Story = { name: 'Family: the citizen’s own record, with the links', args: { data: 'citizen' } };

/** A parent in her minor child's record: whose record it is, in the header at all times, and the way back to her own. */
export const Genitore: Story = { name: 'Family: a parent viewing a minor child’s record', args: { data: 'parent' } };

/** A delegate in the record of the person who delegated her: whose it is, until when the delegation runs, and the way back. */
export const Delegato: Story = { name: 'Family: a delegate viewing the delegator’s record', args: { data: 'delegate' } };

/** The parent's view on a phone. */
export const GenitoreTelefono: Story = { name: 'Family: parent, phone (360 px)', args: { data: 'parent', width: 360 } };

/** The delegate's view in German. */
export const DelegatoTedesco: Story = { name: 'Family: delegate, German', args: { data: 'delegate', lang: 'de' }, globals: { lang: 'de' } };

/** The delegate's view in the dark theme. */
export const DelegatoScuro: Story = { name: 'Family: delegate, dark', args: { data: 'delegate', theme: 'dark' }, globals: { theme: 'dark' } };
