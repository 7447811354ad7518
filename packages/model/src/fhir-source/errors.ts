/**
 * Errors of the FHIR REST data source that a host can act on: each is a typed `Error` with a
 * stable `code`, the URL it concerns and, where there was an answer, its HTTP status.
 */

/** Base class: every error `loadFhirRecord` and the consent writes throw is one of these (or an `AbortError`). */
export class FhirSourceError extends Error {
  constructor(
    message: string,
    readonly code: 'unauthorized' | 'forbidden' | 'patient-not-found' | 'unreachable' | 'http' | 'conflict',
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** 401 or 403: the host's credentials (its `headers`, its `fetch`, its SMART client) were refused. */
export class FhirAuthError extends FhirSourceError {
  constructor(url: string, status: 401 | 403) {
    super(
      status === 401 ? `Il server FHIR chiede di autenticarsi (401) per ${url}` : `Il server FHIR nega l’accesso (403) a ${url}`,
      status === 401 ? 'unauthorized' : 'forbidden',
      url,
      status,
    );
  }
}

/** No Patient with that id, or no Patient with that fiscal code. */
export class PatientNotFoundError extends FhirSourceError {
  constructor(
    url: string,
    readonly patient: string,
  ) {
    super(`Nessun paziente ${patient} sul server FHIR`, 'patient-not-found', url, 404);
  }
}

/** The server could not be reached (network error, DNS, connection refused, CORS). */
export class FhirUnreachableError extends FhirSourceError {
  constructor(
    url: string,
    override readonly cause?: unknown,
  ) {
    super(`Server FHIR non raggiungibile: ${url}`, 'unreachable', url);
  }
}

/** Any other answer the source cannot use where it has no way on (after retries, for 429 / 503). */
export class FhirHttpError extends FhirSourceError {
  constructor(url: string, status: number, detail?: string) {
    super(`Il server FHIR ha risposto ${status} a ${url}${detail ? `: ${detail}` : ''}`, 'http', url, status);
  }
}

/**
 * 412 Precondition Failed on a write with `If-Match`: someone else changed the resource since it was
 * read. The consent panel rolls back and shows this message; the host reloads the record.
 */
export class FhirConflictError extends FhirSourceError {
  constructor(url: string) {
    super('Modificato da qualcun altro nel frattempo: ricarica la pagina e riprova.', 'conflict', url, 412);
  }
}
