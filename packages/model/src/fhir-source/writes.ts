/**
 * The FHIR writes a portal's server takes for what the citizen asks in `<fse-consent-panel>`.
 * Each request of the panel (its event's `detail`) becomes the writes of the encoding `fromFhir` reads
 * (packages/model/FHIR.md), so that reading the record again shows the change:
 *
 * | request | writes |
 * |---|---|
 * | consultation consent | a new `Consent` (category LOINC 59284-0, purpose `finalita-consultazione`): the latest per purpose wins |
 * | obscure / un-obscure | the document's `DocumentReference` updated, `context.event` P99 added or removed (the gateway's access rule), with `If-Match` |
 * | protected-category visibility | that document's `Consent` (`visibilita-categoria-protetta`, `provision.data` → the DocumentReference) updated with `If-Match`, or a first one created |
 * | delegation: add | a new `RelatedPerson` (tipo-delega voluntary, stato-delega pending) |
 * | delegation: revoke / accept / reject | the `RelatedPerson` updated (stato-delega), with `If-Match` |
 * | notifications | the `Consent` `notifiche` of that kind (`provision.code` `tipo-notifica`; none: the general one) updated with `If-Match`, or a first one created |
 *
 * Updates send `If-Match` with the version the record was read at (`versions` of `loadFhirRecord`'s
 * result), else the version just read; a 412 is a {@link FhirConflictError} whose message the panel
 * shows when it rolls back ("changed by someone else: reload").
 */
import { EVENT_CODE_SYSTEM, NOTIFICATION_CODE, NOTIFICATION_SYSTEM } from '../codes.js';
import { dayOf } from '../dates.js';
import type { ConsultationPurpose, NotificationKind } from '../types.js';
import { FhirConflictError, FhirHttpError } from './errors.js';
import { baseUrlOf, httpError, jsonOf, send, transportOf, type FetchLike, type SmartClientLike, type Transport } from './http.js';

const PERCORSO_CS = 'https://percorso.dev/fhir/CodeSystem';
const PERCORSO_SD = 'https://percorso.dev/fhir/StructureDefinition';
const PURPOSE_CODE: Record<ConsultationPurpose, string> = { care: 'cura', prevention: 'prevenzione', prophylaxis: 'profilassi' };

/** What the panel's requests carry (the `detail` of its events), as plain data. */
export type ConsentPanelRequest =
  | { type: 'fse-consent-request'; purpose: ConsultationPurpose; decision: 'permit' | 'deny'; reconfirm?: boolean; consentId?: string }
  | { type: 'fse-obscure-request'; documentId: string; obscured: boolean }
  | { type: 'fse-protected-visibility-request'; documentId: string; visible: boolean }
  | { type: 'fse-delegation-request'; action: 'add'; delegate: { name: string; cf: string; validTo?: string } }
  | { type: 'fse-delegation-request'; action: 'revoke' | 'accept' | 'reject'; delegationId: string }
  | { type: 'fse-notifications-request'; enabled: boolean; kind?: NotificationKind };

/** The request event types the writer answers. */
export const CONSENT_REQUEST_TYPES = ['fse-consent-request', 'fse-obscure-request', 'fse-protected-visibility-request', 'fse-delegation-request', 'fse-notifications-request'] as const;

export interface FhirConsentWriterOptions {
  /** FHIR base URL; default: the SMART client's server. */
  baseUrl?: string;
  /** Logical id of the record's Patient on that server; default: the SMART client's patient. */
  patientId?: string;
  /** An authenticated SMART client (`fhirclient`'s `Client`): the transport, with its token on every request. */
  client?: SmartClientLike;
  fetch?: FetchLike;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** `Type/id` → versionId as read with the record (`loadFhirRecord(...).versions`): sent as `If-Match`. */
  versions?: ReadonlyMap<string, string>;
  /** How the change was expressed (the Consent's channel extension). Default `online`. */
  channel?: string;
  /** "Now" for the written dates, epoch ms. Default `Date.now()`. */
  now?: () => number;
}

type Res = { resourceType: string; id?: string; meta?: { versionId?: string }; [k: string]: unknown };

/** One write done: the method, the URL and the resource as the server stored it. */
export interface FhirWriteDone {
  method: 'POST' | 'PUT';
  url: string;
  resource: Res;
}

/** Persists the consent panel's requests on a FHIR server. */
export class FhirConsentWriter {
  private t: Transport;
  private base: string;
  private patientId: string;

  constructor(private o: FhirConsentWriterOptions) {
    this.t = transportOf(o);
    this.base = baseUrlOf(o);
    const id = o.patientId ?? o.client?.getPatientId();
    if (!id) throw new TypeError('FhirConsentWriter: patientId (or a SMART client with a patient) is required');
    this.patientId = id;
  }

  /**
   * The writes for one of the panel's request events: `panel.addEventListener(type, (e) =>
   * e.respond(writer.writeEvent(e).then(reload)))` for each of {@link CONSENT_REQUEST_TYPES}.
   */
  writeEvent(event: { type: string; detail: object }): Promise<FhirWriteDone[]> {
    if (!(CONSENT_REQUEST_TYPES as readonly string[]).includes(event.type)) return Promise.reject(new TypeError(`Not a consent panel request: ${event.type}`));
    return this.write({ ...event.detail, type: event.type } as ConsentPanelRequest);
  }

  /** The writes for one request (`event.type` and `event.detail`); resolves when all are stored. */
  async write(request: ConsentPanelRequest): Promise<FhirWriteDone[]> {
    switch (request.type) {
      case 'fse-consent-request':
        return [await this.create(this.consent('consultation', request.decision, { purpose: request.purpose }))];
      case 'fse-notifications-request':
        return [await this.upsert(this.consent('notifiche', request.enabled ? 'permit' : 'deny', { notification: request.kind }))];
      case 'fse-protected-visibility-request': {
        const doc = await this.documentReferenceOf(request.documentId);
        return [await this.upsert(this.consent('visibilita-categoria-protetta', request.visible ? 'permit' : 'deny', { data: `DocumentReference/${doc.id}` }))];
      }
      case 'fse-obscure-request': {
        const doc = await this.documentReferenceOf(request.documentId);
        const context = { ...((doc.context as Record<string, unknown>) ?? {}) };
        type CC = { coding?: { system?: string; code?: string }[] };
        const events = ((context.event as CC[] | undefined) ?? []).filter((e) => !(e.coding ?? []).some((c) => c.code === 'P99'));
        if (request.obscured) events.push({ coding: [{ system: EVENT_CODE_SYSTEM, code: 'P99' }] } as CC);
        context.event = events;
        if (!events.length) delete context.event;
        return [await this.update({ ...doc, context })];
      }
      case 'fse-delegation-request': {
        if (request.action === 'add') {
          const d = request.delegate;
          const parts = d.name.trim().split(/\s+/);
          const family = parts.length > 1 ? parts.pop()! : parts[0]!;
          return [
            await this.create({
              resourceType: 'RelatedPerson',
              extension: [{ url: `${PERCORSO_SD}/stato-delega`, valueCode: 'pending' }],
              active: false,
              patient: { reference: `Patient/${this.patientId}` },
              identifier: [{ system: 'http://hl7.it/sid/codiceFiscale', value: d.cf.toUpperCase() }],
              name: [{ text: d.name, family, given: parts.length ? parts : undefined }],
              relationship: [{ coding: [{ system: `${PERCORSO_CS}/tipo-delega`, code: 'voluntary' }] }],
              period: { start: this.today(), ...(d.validTo ? { end: d.validTo } : {}) },
            }),
          ];
        }
        const rp = await this.read(request.delegationId);
        const state = request.action === 'revoke' ? 'revoked' : request.action === 'accept' ? 'active' : 'rejected';
        const extension = ((rp.extension as { url?: string }[] | undefined) ?? []).filter((x) => x.url !== `${PERCORSO_SD}/stato-delega`);
        extension.push({ url: `${PERCORSO_SD}/stato-delega`, valueCode: state } as { url: string });
        const period = { ...((rp.period as Record<string, string>) ?? {}) };
        if (state === 'revoked') period.end = this.today();
        return [await this.update({ ...rp, extension, active: state === 'active', period })];
      }
    }
  }

  // ── resources ──
  private consent(kind: 'consultation' | 'notifiche' | 'visibilita-categoria-protetta', decision: 'permit' | 'deny', o: { purpose?: ConsultationPurpose; data?: string; notification?: NotificationKind } = {}): Res {
    const category =
      kind === 'consultation'
        ? [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }]
        : [{ coding: [{ system: `${PERCORSO_CS}/tipo-consenso`, code: kind }] }];
    const provision: Record<string, unknown> = { type: decision };
    if (o.purpose) provision.purpose = [{ system: `${PERCORSO_CS}/finalita-consultazione`, code: PURPOSE_CODE[o.purpose] }];
    if (o.data) provision.data = [{ meaning: 'instance', reference: { reference: o.data } }];
    if (o.notification) provision.code = [{ coding: [{ system: NOTIFICATION_SYSTEM, code: NOTIFICATION_CODE[o.notification] }] }];
    return {
      resourceType: 'Consent',
      extension: [{ url: `${PERCORSO_SD}/canale`, valueString: this.o.channel ?? 'online' }],
      status: 'active',
      scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
      category,
      patient: { reference: `Patient/${this.patientId}` },
      dateTime: new Date(this.o.now?.() ?? Date.now()).toISOString(),
      performer: [{ reference: `Patient/${this.patientId}` }],
      policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentpolicycodes', code: 'cric' }] },
      provision,
    };
  }

  /**
   * A preference (notifications of one kind, one document's visibility) is one Consent: the
   * existing one is updated (with If-Match), or a first one created.
   */
  private async upsert(consent: Res): Promise<FhirWriteDone> {
    const code = (consent.category as { coding: { system: string; code: string }[] }[])[0]!.coding[0]!;
    const data = ((consent.provision as { data?: { reference: { reference: string } }[] }).data ?? [])[0]?.reference.reference;
    const kindOf = (r: Res) => ((r.provision as { code?: { coding?: { system?: string; code?: string }[] }[] } | undefined)?.code ?? []).flatMap((c) => c.coding ?? []).find((c) => c.system === NOTIFICATION_SYSTEM)?.code;
    const kind = kindOf(consent);
    const url = `${this.base}/Consent?patient=${encodeURIComponent(`Patient/${this.patientId}`)}&category=${encodeURIComponent(`${code.system}|${code.code}`)}&_count=100`;
    const res = await send(this.t, url);
    const body = (await jsonOf(res)) as { entry?: { resource?: Res }[] } | undefined;
    if (!res.ok) throw httpError(url, res, body);
    const existing = (body?.entry ?? [])
      .map((e) => e.resource)
      .find(
        (r): r is Res =>
          r?.resourceType === 'Consent' &&
          kindOf(r) === kind &&
          (!data || ((r.provision as { data?: { reference?: { reference?: string } }[] } | undefined)?.data ?? []).some((d) => d.reference?.reference === data)),
      );
    if (!existing) return this.create(consent);
    return this.update({ ...existing, status: 'active', dateTime: consent.dateTime, provision: consent.provision, extension: consent.extension });
  }

  /** The DocumentReference of a document of the model (`DocumentReference/x`, or the one whose context.related is `Composition/x`). */
  private async documentReferenceOf(documentId: string): Promise<Res> {
    if (documentId.startsWith('DocumentReference/')) return this.read(documentId);
    const url = `${this.base}/DocumentReference?related=${encodeURIComponent(documentId)}&_count=2`;
    const res = await send(this.t, url);
    const body = (await jsonOf(res)) as { entry?: { resource?: Res }[] } | undefined;
    if (!res.ok) throw httpError(url, res, body);
    const doc = body?.entry?.map((e) => e.resource).find((r) => r?.resourceType === 'DocumentReference');
    if (!doc) throw new FhirHttpError(url, 404, `nessun DocumentReference per ${documentId}`);
    return doc;
  }

  private async read(ref: string): Promise<Res> {
    const url = `${this.base}/${ref}`;
    const res = await send(this.t, url);
    const body = (await jsonOf(res)) as Res | undefined;
    if (!res.ok || !body) throw httpError(url, res, body);
    const etag = /^(?:W\/)?"(.+)"$/.exec(res.headers.get('ETag') ?? '')?.[1];
    if (etag && !body.meta?.versionId) body.meta = { ...(body.meta ?? {}), versionId: etag };
    return body;
  }

  private async create(resource: Res): Promise<FhirWriteDone> {
    const url = `${this.base}/${resource.resourceType}`;
    const res = await send(this.t, url, { method: 'POST', headers: { 'Content-Type': 'application/fhir+json' }, body: JSON.stringify(resource) });
    const body = (await jsonOf(res)) as Res | undefined;
    if (!res.ok) throw httpError(url, res, body);
    return { method: 'POST', url, resource: body ?? resource };
  }

  private async update(resource: Res): Promise<FhirWriteDone> {
    const ref = `${resource.resourceType}/${resource.id}`;
    const url = `${this.base}/${ref}`;
    const version = this.o.versions?.get(ref) ?? resource.meta?.versionId;
    const headers: Record<string, string> = { 'Content-Type': 'application/fhir+json' };
    if (version) headers['If-Match'] = `W/"${version}"`;
    const res = await send(this.t, url, { method: 'PUT', headers, body: JSON.stringify(resource) });
    const body = (await jsonOf(res)) as Res | undefined;
    if (res.status === 412 || res.status === 409) throw new FhirConflictError(url);
    if (!res.ok) throw httpError(url, res, body);
    return { method: 'PUT', url, resource: body ?? resource };
  }

  /** Today in Europe/Rome (the day the citizen asked), as a FHIR date. */
  private today(): string {
    return dayOf(this.o.now?.() ?? Date.now()).iso;
  }
}
