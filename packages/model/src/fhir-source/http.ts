/**
 * One HTTP request to a FHIR server, as the data source and the consent writes make it: the host's
 * headers and fetch, its AbortSignal, 429 / 503 retried after `Retry-After` (or an exponential
 * back-off) up to a limit, and typed errors for what the host can act on.
 */
import { FhirAuthError, FhirHttpError, FhirUnreachableError } from './errors.js';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * An authenticated SMART on FHIR client — `fhirclient`'s `Client`, as `FHIR.oauth2.ready()` gives it
 * after an EHR launch — used as the transport: its server is the base URL, its patient the record's,
 * and its access token goes with every request.
 */
export interface SmartClientLike {
  state: { serverUrl: string };
  getPatientId(): string | null;
  getAuthorizationHeader(): string | null;
}

export interface Transport {
  fetch: FetchLike;
  headers: Record<string, string>;
  signal?: AbortSignal;
  /** Retries of one request answered 429 or 503 (default 3). */
  maxRetries: number;
  /** Longest wait before a retry, ms, whatever `Retry-After` says (default 10 000). */
  maxRetryDelayMs: number;
  /** Counts retries, for the caller's statistics. */
  retries: number;
  /** The Authorization header for each request (a SMART client's current token). */
  authorization?: () => string | null;
}

export function transportOf(o: { fetch?: FetchLike; headers?: Record<string, string>; signal?: AbortSignal; maxRetries?: number; maxRetryDelayMs?: number; client?: SmartClientLike }): Transport {
  const f = o.fetch ?? ((input: string, init?: RequestInit) => globalThis.fetch(input, init));
  return {
    fetch: f,
    headers: { ...(o.headers ?? {}) },
    signal: o.signal,
    maxRetries: o.maxRetries ?? 3,
    maxRetryDelayMs: o.maxRetryDelayMs ?? 10_000,
    retries: 0,
    authorization: o.client ? () => o.client!.getAuthorizationHeader() : undefined,
  };
}

/** The FHIR base URL: the one given, else the SMART client's server. */
export function baseUrlOf(o: { baseUrl?: string; client?: SmartClientLike }): string {
  const base = o.baseUrl ?? o.client?.state?.serverUrl;
  if (typeof base !== 'string' || !base) throw new TypeError('loadFhirRecord: baseUrl (or a SMART client) is required');
  return base.replace(/\/+$/, '');
}

/** The abort reason as the error to throw (a DOMException named AbortError unless the host gave its own). */
export function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Waits `ms`, or rejects at once when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** `Retry-After` in ms: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

/**
 * Sends one request. Resolves with the response for any status but 401 / 403 (thrown as
 * {@link FhirAuthError}) and 429 / 503 (retried, then resolved as they are); rejects with
 * {@link FhirUnreachableError} when there is no answer, or with the abort reason.
 */
export async function send(t: Transport, url: string, init: RequestInit = {}): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    if (t.signal?.aborted) throw abortError(t.signal);
    let res: Response;
    const auth = t.authorization?.();
    try {
      res = await t.fetch(url, {
        ...init,
        headers: { Accept: 'application/fhir+json', ...(auth ? { Authorization: auth } : {}), ...t.headers, ...((init.headers as Record<string, string>) ?? {}) },
        signal: t.signal,
      });
    } catch (err) {
      if (t.signal?.aborted) throw abortError(t.signal);
      throw new FhirUnreachableError(url, err);
    }
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel().catch(() => undefined);
      throw new FhirAuthError(url, res.status);
    }
    if ((res.status === 429 || res.status === 503) && attempt < t.maxRetries) {
      const wait = Math.min(t.maxRetryDelayMs, retryAfterMs(res.headers.get('Retry-After')) ?? 500 * 2 ** attempt);
      await res.body?.cancel().catch(() => undefined);
      t.retries++;
      await sleep(wait, t.signal);
      continue;
    }
    return res;
  }
}

/** The body as JSON, or undefined when it is not JSON (the caller reports it). */
export async function jsonOf(res: Response): Promise<unknown> {
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A short reason from an OperationOutcome body, for error messages. */
export function outcomeText(body: unknown): string | undefined {
  const o = body as { resourceType?: string; issue?: { diagnostics?: string; details?: { text?: string } }[] } | undefined;
  if (o?.resourceType !== 'OperationOutcome') return undefined;
  const i = o.issue?.[0];
  return i?.details?.text ?? i?.diagnostics;
}

export function httpError(url: string, res: Response, body?: unknown): FhirHttpError {
  return new FhirHttpError(url, res.status, outcomeText(body));
}
