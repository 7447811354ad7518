import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fromFhir, viewFor, type FseView } from '@percorso/model';
import { generateFhir, SAMPLE_NOW } from '@percorso/model/generator';
import '@percorso/elements/consent-panel.js';
import type { FseRequestEvent, FseRequestBase } from '@percorso/elements/consent-panel.js';
import { fixtureView, NOW, withLongLog } from '../test/consent-panel/fixtures.js';
import { failed, framed, pending } from './data.js';

type Data =
  | 'first-visit'
  | 'typical'
  | 'revoked'
  | 'delegations'
  | 'parent-minor'
  | 'reconfirm'
  | 'long-log'
  | 'empty'
  | 'loading'
  | 'error'
  | 'clinician'
  | 'notifications';

/** How the story's host page answers the panel's requests. */
type Host = 'ok' | 'slow' | 'fail' | 'none';

interface Args {
  data: Data;
  host: Host;
  theme: 'light' | 'dark' | 'high-contrast';
  lang?: 'it' | 'en' | 'de';
  width?: number;
  /** Which sections to show (default all). */
  sections?: string;
}

/** A generated, realistic record (typical: consents, a year of access log with one emergency, delegations, obscured documents). */
function generatedView(size?: number): FseView {
  let bundle = generateFhir({ seed: 7, events: 600, now: SAMPLE_NOW });
  if (size) bundle = withLongLog(bundle, size, SAMPLE_NOW);
  const { record } = fromFhir(bundle, { now: SAMPLE_NOW });
  return viewFor(record, { role: 'citizen', now: SAMPLE_NOW });
}

function view(data: Data): FseView | Promise<FseView> | null {
  switch (data) {
    case 'first-visit':
      return fixtureView('citizen', { consents: 'none', history: false, delegations: false, log: false });
    case 'revoked':
      return fixtureView('citizen', { consents: 'revoked', notificationsOff: true });
    case 'delegations':
      return fixtureView('citizen');
    case 'parent-minor':
      return fixtureView('parent', { consents: 'parent', birthDate: '2012-09-04', parent: true, delegations: false }, { delegationId: 'RelatedPerson/d-parent' });
    case 'reconfirm':
      return fixtureView('citizen', { consents: 'parent', birthDate: '2008-01-20', delegations: false });
    case 'long-log':
      return generatedView(5000);
    case 'empty':
      return fixtureView('citizen', { consents: 'none', history: false, delegations: false, log: false, documents: false });
    case 'loading':
      return pending();
    case 'error':
      return failed();
    case 'clinician':
      return fixtureView('clinician');
    case 'notifications':
      // the general preference on, a new prescription turned off on its own
      return fixtureView('citizen', { notificationKinds: { 'nuova-ricetta': 'deny' } });
    default:
      return generatedView();
  }
}

const nowOf = (data: Data) => (data === 'typical' || data === 'long-log' ? SAMPLE_NOW : NOW);

/** The host page: answers every request as the story says (the panel never persists anything itself). */
function answer(host: Host) {
  return (e: Event) => {
    const req = e as FseRequestEvent<FseRequestBase>;
    if (host === 'none') return;
    if (host === 'fail') {
      req.respond(
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('il servizio consensi della regione non risponde, riprova tra qualche minuto')), 800),
        ),
      );
      return;
    }
    req.respond(new Promise((resolve) => setTimeout(resolve, host === 'slow' ? 6000 : 700)));
  };
}

/**
 * `<fse-consent-panel>`: the citizen's privacy controls as the law gives them — consultation
 * consent per purpose, past choices, obscuring documents (with the Patient Summary warning and the
 * prescription cascade), protected documents hidden by default, delegations, the access log
 * (emergency accesses flagged, filters, CSV), notifications and the printable index.
 *
 * The panel never persists anything: each change is a cancellable `fse-…-request` event the host
 * answers with `event.respond(promise)`. Use the `host` control to see a host that answers, is
 * slow, fails (rolled back, message announced) or does not answer at all.
 */
const meta: Meta<Args> = {
  title: 'Elementi/Privacy e consensi',
  component: 'fse-consent-panel',
  args: { data: 'typical', host: 'ok', theme: 'light' },
  argTypes: {
    data: {
      control: 'select',
      options: ['first-visit', 'typical', 'revoked', 'delegations', 'parent-minor', 'reconfirm', 'long-log', 'empty', 'loading', 'error', 'clinician'],
    },
    host: { control: 'inline-radio', options: ['ok', 'slow', 'fail', 'none'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
    lang: { control: 'inline-radio', options: [undefined, 'it', 'en', 'de'] },
    width: { control: { type: 'number', min: 280, max: 1600, step: 20 } },
  },
  parameters: {
    actions: {
      handles: [
        'fse-consent-request',
        'fse-obscure-request',
        'fse-protected-visibility-request',
        'fse-delegation-request',
        'fse-notifications-request',
        'fse-error',
      ],
    },
  },
  render: (args) => {
    const on = answer(args.host);
    const el = html`<fse-consent-panel
      theme=${args.theme}
      lang=${ifDefined(args.lang)}
      .now=${nowOf(args.data)}
      .view=${view(args.data)}
      sections=${ifDefined(args.sections)}
      @fse-consent-request=${on}
      @fse-obscure-request=${on}
      @fse-protected-visibility-request=${on}
      @fse-delegation-request=${on}
      @fse-notifications-request=${on}
    ></fse-consent-panel>`;
    return framed(el, args.width);
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing expressed yet: every purpose "Non hai ancora scelto", notifications on by default. */
export const PrimaVisita: Story = { name: 'First visit (nothing expressed)', args: { data: 'first-visit' } };

/** A generated record: consents, a year of access log with one emergency access, delegations, obscured documents. */
export const Tipico: Story = { name: 'Typical', args: { data: 'typical' } };

/** Consent for care revoked online, notifications turned off. */
export const Revocato: Story = { name: 'Revoked', args: { data: 'revoked' } };

/** Active (expiring), pending and revoked delegations, a child under 18, an incoming request to accept. */
export const Deleghe: Story = { name: 'With delegations', args: { data: 'delegations' } };

/** A parent managing their 13-year-old's record: consents they gave will need re-confirming at 18. */
export const GenitoreMinore: Story = { name: 'Parent with a minor', args: { data: 'parent-minor' } };

/** Just turned 18: asked to re-confirm the consents the parents gave. */
export const Maggiorenne: Story = { name: 'Re-confirm at 18', args: { data: 'reconfirm' } };

/** 5 000 accesses in a year: only the rows in view are in the DOM. */
export const RegistroLungo: Story = { name: 'Long access log (5 000 entries)', args: { data: 'long-log' } };

/** The host rejects every request: each change is rolled back and the host's message announced. */
export const ErroreHost: Story = { name: 'Host failure', args: { data: 'delegations', host: 'fail' } };

/** A slow host: requests stay pending for six seconds; clicking again is ignored. */
export const HostLento: Story = { name: 'Slow host', args: { data: 'delegations', host: 'slow' } };

/** No listener: "Il portale non ha gestito la richiesta". */
export const NessunHost: Story = { name: 'Unhandled requests', args: { data: 'delegations', host: 'none' } };

export const Tedesco: Story = { name: 'German', args: { data: 'delegations', lang: 'de' }, globals: { lang: 'de' } };

export const Inglese: Story = { name: 'English', args: { data: 'delegations', lang: 'en' }, globals: { lang: 'en' } };

export const Scuro: Story = { name: 'Dark', args: { data: 'delegations', theme: 'dark' }, globals: { theme: 'dark' } };

export const AltoContrasto: Story = {
  name: 'High contrast',
  args: { data: 'delegations', theme: 'high-contrast' },
  globals: { theme: 'high-contrast' },
};

/** No documents, no accesses, nothing expressed. */
export const Vuoto: Story = { name: 'Empty', args: { data: 'empty' } };

export const Caricamento: Story = { name: 'Loading', args: { data: 'loading' } };

/** The view's promise was rejected: a visible, localised error and `fse-error`. */
export const Errore: Story = { name: 'Error', args: { data: 'error' } };

/** A clinician's view: the panel refuses, with a clear message and `fse-error` (`not-permitted`). */
export const Medico: Story = { name: 'Clinician (refused)', args: { data: 'clinician' } };

/** 320 px, a small phone. */
export const Telefono: Story = { name: 'Phone width', args: { data: 'delegations', width: 320 } };

/** Notification preferences per kind (new document, new prescription, access to the record): a prescription turned off on its own. */
export const Notifiche: Story = { name: 'Notifications per kind', args: { data: 'notifications', sections: 'notifications' } };

/** A switch stays pending while a slow host answers; pressing it again is ignored. */
export const NotificheInAttesa: Story = { name: 'Notifications: slow host (pending)', args: { data: 'notifications', sections: 'notifications', host: 'slow' } };

/** The host rejects the change: the switch rolls back and says why, beside it. */
export const NotificheErrore: Story = { name: 'Notifications: host failure', args: { data: 'notifications', sections: 'notifications', host: 'fail' } };
