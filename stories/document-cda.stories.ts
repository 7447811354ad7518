import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@percorso/elements/document.js';
import { cdaDocId, cdaView, type CdaStoryDoc } from './document-cda.data.js';
import { framed } from './data.js';

interface Args {
  doc: CdaStoryDoc;
  role: 'citizen' | 'clinician';
  theme: 'light' | 'dark' | 'high-contrast';
  lang?: 'it' | 'en' | 'de';
  closable: boolean;
  width?: number;
}

/**
 * `<fse-document>` for documents that arrive as CDA2 (HL7 Italia templates), read by the model's
 * `fromCda` from the XML in `document-cda.data.ts`: the structured content of their coded entries —
 * a discharge letter's diagnoses, therapy at discharge and follow-up, a vaccine dose with its lot and
 * the site where it was given, a Patient Summary's allergies, problems, current therapy and
 * vaccinations — shown in words as for the same documents sent as FHIR.
 */
const meta: Meta<Args> = {
  title: 'Elementi/Documento/Da CDA',
  component: 'fse-document',
  args: { doc: 'LDO', role: 'citizen', theme: 'light', closable: false },
  argTypes: {
    doc: { control: 'inline-radio', options: ['LDO', 'VACC', 'PSS'] },
    role: { control: 'inline-radio', options: ['citizen', 'clinician'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
    lang: { control: 'inline-radio', options: [undefined, 'it', 'en', 'de'] },
    closable: { control: 'boolean' },
    width: { control: { type: 'number', min: 280, max: 1600, step: 20 } },
  },
  parameters: { actions: { handles: ['fse-open', 'fse-close', 'fse-attachment-request'] } },
  render: (args) => {
    const view = cdaView(args.role);
    return framed(
      html`<fse-document
        theme=${args.theme}
        lang=${ifDefined(args.lang)}
        wording=${args.role}
        document-id=${ifDefined(cdaDocId(view, args.doc))}
        ?closable=${args.closable}
        .view=${view}
      ></fse-document>`,
      args.width,
    );
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Diagnoses at discharge, therapy at discharge and follow-up first; the allergy; the stay it closes. */
export const Dimissione: Story = { name: 'LDO — discharge letter (citizen)', args: { doc: 'LDO' } };
/** The same letter for a clinician: ICD-9-CM, AIC and ATC codes beside the words. */
export const DimissioneMedico: Story = { name: 'LDO — discharge letter (clinician)', args: { doc: 'LDO', role: 'clinician' } };
/** A vaccine dose: vaccine, dose 1, lot, site (deltoide sinistro, from approachSiteCode), disease. */
export const Vaccinazione: Story = { name: 'Vaccination — dose, lot and site (citizen)', args: { doc: 'VACC' } };
export const VaccinazioneMedico: Story = { name: 'Vaccination — dose, lot and site (clinician)', args: { doc: 'VACC', role: 'clinician' } };
/** Allergies, problems, current therapy and vaccinations of the Patient Summary. */
export const ProfiloSintetico: Story = { name: 'PSS — patient summary (citizen)', args: { doc: 'PSS' } };
export const ProfiloSinteticoMedico: Story = { name: 'PSS — patient summary (clinician)', args: { doc: 'PSS', role: 'clinician' } };
export const Tedesco: Story = { name: 'LDO — German', args: { doc: 'LDO', lang: 'de' }, globals: { lang: 'de' } };
export const VaccinazioneTedesco: Story = { name: 'Vaccination — German', args: { doc: 'VACC', lang: 'de' }, globals: { lang: 'de' } };
export const Scuro: Story = { name: 'LDO — dark', args: { doc: 'LDO', theme: 'dark' }, globals: { theme: 'dark' } };
export const ProfiloSinteticoScuro: Story = { name: 'PSS — dark', args: { doc: 'PSS', theme: 'dark' }, globals: { theme: 'dark' } };
/** 360 px, a phone, with the back button. */
export const Telefono: Story = { name: 'LDO — phone width', args: { doc: 'LDO', width: 360, closable: true } };
export const VaccinazioneTelefono: Story = { name: 'Vaccination — phone width', args: { doc: 'VACC', width: 360, closable: true } };
export const ProfiloSinteticoTelefono: Story = { name: 'PSS — phone width', args: { doc: 'PSS', width: 360, closable: true } };
