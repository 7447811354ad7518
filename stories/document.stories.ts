import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fromFhir, viewFor, type FseView, type NationalDocType } from '@percorso/model';
import '@percorso/elements/document.js';
import type { FseAttachmentRequestEvent } from '@percorso/elements/document.js';
import { documentView, EXTRA, labSeries, SAMPLE_NOW } from '../test/document/fixtures.js';
import { fixtureView as clinicalFixtureView } from '../test/clinical/fixtures.js';
import { failed, framed, pending } from './data.js';

type Data = 'citizen' | 'clinician' | 'loading' | 'error' | 'series' | 'declarations';
type Original = 'ok' | 'pending' | 'failed' | 'none';

interface Args {
  data: Data;
  /** A national type (the newest document of that type), or one of the extras. */
  doc: NationalDocType | 'superseded' | 'newer' | 'long' | 'empty' | 'unknown' | 'none';
  original: Original;
  wording?: 'citizen' | 'clinician';
  theme: 'light' | 'dark' | 'high-contrast';
  lang?: 'it' | 'en' | 'de';
  closable: boolean;
  width?: number;
}

let series: { view: FseView; latest: string } | undefined;
function seriesView(): { view: FseView; latest: string } {
  if (!series) {
    const { resources, latest } = labSeries(200, 50);
    series = { view: viewFor(fromFhir(resources, { now: SAMPLE_NOW }), { role: 'citizen', now: SAMPLE_NOW }), latest };
  }
  return series;
}

function viewOf(data: Data): FseView | Promise<FseView> {
  switch (data) {
    case 'loading':
      return pending();
    case 'error':
      return failed();
    case 'series':
      return seriesView().view;
    case 'clinician':
      return documentView('clinician');
    case 'declarations':
      return clinicalFixtureView('clinician', { declarations: true });
    default:
      return documentView('citizen');
  }
}

/** The id the story opens. */
function idOf(args: Args): string | undefined {
  if (args.data === 'series') return seriesView().latest;
  if (args.doc === 'none') return undefined;
  if (args.doc === 'unknown') return 'Composition/non-esiste';
  if (args.doc === 'long') return EXTRA.long;
  if (args.doc === 'empty') return EXTRA.empty;
  if (args.doc === 'newer') return EXTRA.newer;
  const view = args.data === 'declarations' ? clinicalFixtureView('clinician', { declarations: true }) : documentView(args.data === 'clinician' ? 'clinician' : 'citizen');
  if (args.doc === 'superseded') return view.events.find((e) => e.id === EXTRA.newer)?.document?.replaces;
  const docs = view.events.filter((e) => e.document?.nationalType === args.doc && e.id !== EXTRA.newer);
  return docs[docs.length - 1]?.id;
}

/** The host's answer to `fse-attachment-request`, as each story needs it. */
function answer(original: Original) {
  return (e: FseAttachmentRequestEvent) => {
    if (original === 'none') return; // nobody answers: "not available"
    if (original === 'pending') e.respond(new Promise<Blob>(() => {}));
    else if (original === 'failed') e.respond(Promise.reject(new Error('il repository documentale della regione non risponde')));
    else e.respond(Promise.resolve(new Blob(['%PDF-1.7 (esempio)'], { type: e.detail.mimeType })));
  };
}

/**
 * `<fse-document>`: one document of the view, readable — its type in plain words with "Che cos'è?",
 * date, author, facility, signature, version and status; lab results with range, flag and the
 * previous value; diagnoses, medicines, vaccine doses, bookings; the sections with their narrative
 * structure, the ones a reader looks for first on top; the signed original asked of the host
 * (`fse-attachment-request`, answered here by the story: see the "original" control).
 */
const meta: Meta<Args> = {
  title: 'Elementi/Documento',
  component: 'fse-document',
  args: { data: 'citizen', doc: 'LAB', original: 'ok', theme: 'light', closable: false },
  argTypes: {
    data: { control: 'select', options: ['citizen', 'clinician', 'loading', 'error', 'series', 'declarations'] },
    doc: {
      control: 'select',
      options: ['LAB', 'RAD', 'RSA', 'LDO', 'VPS', 'PSS', 'PRESC_FARM', 'PRESC_SPEC', 'EROG_FARM', 'EROG_SPEC', 'VACC_SINGOLA', 'TACCUINO', 'INVITO_SCREENING', 'superseded', 'newer', 'long', 'empty', 'unknown', 'none'],
    },
    original: { control: 'inline-radio', options: ['ok', 'pending', 'failed', 'none'] },
    wording: { control: 'inline-radio', options: [undefined, 'citizen', 'clinician'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
    lang: { control: 'inline-radio', options: [undefined, 'it', 'en', 'de'] },
    closable: { control: 'boolean' },
    width: { control: { type: 'number', min: 280, max: 1600, step: 20 } },
  },
  parameters: { actions: { handles: ['fse-open', 'fse-close', 'fse-attachment-request', 'fse-error'] } },
  render: (args) => {
    const el = html`<fse-document
      theme=${args.theme}
      lang=${ifDefined(args.lang)}
      wording=${ifDefined(args.wording)}
      document-id=${ifDefined(idOf(args))}
      ?closable=${args.closable}
      .view=${viewOf(args.data)}
      @fse-attachment-request=${answer(args.original)}
    ></fse-document>`;
    return framed(el, args.width);
  },
};
export default meta;

type Story = StoryObj<Args>;

/** No document asked for (`document-id` unset). */
export const Vuoto: Story = { name: 'Empty (no document asked for)', args: { doc: 'none' } };
export const Caricamento: Story = { name: 'Loading', args: { data: 'loading' } };
export const Errore: Story = { name: 'Error', args: { data: 'error' } };
/** An id the view does not hold: the same state whether it never existed or is hidden from this viewer. */
export const NonDisponibile: Story = { name: 'Not available (unknown or hidden id)', args: { doc: 'unknown' } };

/** A lab report: results with range, flag in words and symbol, previous value; "?" explains each test. */
export const Laboratorio: Story = { name: 'LAB — lab report (typical)', args: { doc: 'LAB' } };
export const Radiologia: Story = { name: 'RAD — radiology report', args: { doc: 'RAD' } };
export const Specialistica: Story = { name: 'RSA — specialist report', args: { doc: 'RSA' } };
export const Dimissione: Story = { name: 'LDO — discharge letter', args: { doc: 'LDO' } };
export const ProntoSoccorso: Story = { name: 'VPS — emergency department report', args: { doc: 'VPS' } };
export const ProfiloSintetico: Story = { name: 'PSS — patient summary', args: { doc: 'PSS' } };
/** A Patient Summary with the citizen's will: the organ-donation statement and the advance directives, as its sections say them. */
export const ProfiloSinteticoDichiarazioni: Story = { name: 'PSS — organ donation and advance directives', args: { data: 'declarations', doc: 'PSS' } };
/** A prescription: NRE, what, and whether it was dispensed (with a link to the dispensation). */
export const RicettaFarmaci: Story = { name: 'PRESC_FARM — medicine prescription', args: { doc: 'PRESC_FARM' } };
export const RicettaSpecialistica: Story = { name: 'PRESC_SPEC — visit/test prescription', args: { doc: 'PRESC_SPEC' } };
export const Erogazione: Story = { name: 'EROG_FARM — medicines dispensed (links to its prescription)', args: { doc: 'EROG_FARM' } };
export const Vaccinazione: Story = { name: 'VACC_SINGOLA — vaccination (dose, lot)', args: { doc: 'VACC_SINGOLA' } };
export const Taccuino: Story = { name: 'TACCUINO — personal notebook', args: { doc: 'TACCUINO' } };
export const Screening: Story = { name: 'INVITO_SCREENING — screening invitation', args: { doc: 'INVITO_SCREENING' } };

/** A report replaced by a newer version: said so, with a link to the newer one. */
export const Sostituito: Story = { name: 'Superseded', args: { doc: 'superseded' } };
/** The newer version, with its version number and a link back. */
export const NuovaVersione: Story = { name: 'Newer version (signed PDF original)', args: { doc: 'newer' } };
/** A long discharge letter: 24 sections with tables; diagnoses and therapy first. */
export const Lungo: Story = { name: 'Long document', args: { doc: 'long' } };
/** A report with no text: its content is only in the signed PDF. */
export const SenzaTesto: Story = { name: 'Empty document (PDF only)', args: { doc: 'empty' } };
/** The host's answer never arrives: the request stays pending (press "Apri il documento originale"). */
export const OriginaleInAttesa: Story = { name: 'Original: pending', args: { doc: 'newer', original: 'pending' } };
/** The host rejects: the failure with the host's message. */
export const OriginaleFallito: Story = { name: 'Original: failed', args: { doc: 'newer', original: 'failed' } };
/** No host listens: "not available". */
export const OriginaleNonDisponibile: Story = { name: 'Original: not available', args: { doc: 'newer', original: 'none' } };
/** 200 results, each with 50 previous values (the bench's document). */
export const Denso: Story = { name: 'Dense (200 results × 50 previous)', args: { data: 'series' } };
export const Cittadino: Story = { name: 'Citizen (no raw codes)', args: { doc: 'LAB', wording: 'citizen' } };
export const Medico: Story = { name: 'Clinician (codes beside the words)', args: { data: 'clinician', doc: 'LDO', wording: 'clinician' } };
export const Scuro: Story = { name: 'Dark', args: { doc: 'LAB', theme: 'dark' }, globals: { theme: 'dark' } };
export const AltoContrasto: Story = { name: 'High contrast', args: { doc: 'LAB', theme: 'high-contrast' }, globals: { theme: 'high-contrast' } };
export const Tedesco: Story = { name: 'German', args: { doc: 'LAB', lang: 'de' }, globals: { lang: 'de' } };
/** 360 px, a phone: the results table scrolls inside its box, nothing else overflows; with the back button. */
export const Telefono: Story = { name: 'Phone width', args: { doc: 'LAB', width: 360, closable: true } };
