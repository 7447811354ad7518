/**
 * Pure helpers of `<fse-consent-panel>`: which decision is current for each purpose, whether
 * the notifications are on, who may use the panel, ages, the documents list, the access-log
 * filters and the CSV export. No DOM here, so each can be tested on its own.
 */
import { dayOf, DEFAULT_TIME_ZONE, isValidTimeZone } from '@percorso/model';
import type {
  AccessLogEntry,
  ClinicalEvent,
  Consent,
  ConsultationPurpose,
  Delegation,
  FseView,
  FuzzyDate,
  NotificationKind,
  RoleCode,
} from '@percorso/model';

export const PURPOSES: readonly ConsultationPurpose[] = ['care', 'prevention', 'prophylaxis'];

/** The latest consent of a scope (and purpose), by date; undated ones count as oldest. */
export function latestConsent(
  consents: readonly Consent[],
  scope: Consent['scope'],
  purpose?: ConsultationPurpose,
): Consent | undefined {
  let best: Consent | undefined;
  for (const c of consents) {
    if (c.scope !== scope || (purpose && c.purpose !== purpose)) continue;
    if (!best || (c.date?.start ?? -Infinity) >= (best.date?.start ?? -Infinity)) best = c;
  }
  return best;
}

/**
 * Notifications (of one kind, or any) are on unless the latest preference that applies says `deny`
 * (DM 7/9/2023 art. 22: active by default). A preference about that kind and the general one (no
 * kind) both apply; the latest wins.
 */
export function notificationsOn(consents: readonly Consent[], kind?: NotificationKind): boolean {
  return latestConsent(consents.filter((c) => !kind || !c.notification || c.notification === kind), 'notifications')?.decision !== 'deny';
}

/** The protected-visibility consent for a document (the citizen made it visible), if any. */
export function protectedVisibilityOf(consents: readonly Consent[], documentId: string): Consent | undefined {
  let best: Consent | undefined;
  for (const c of consents) {
    if (c.scope !== 'protected-visibility' || c.documentId !== documentId) continue;
    if (!best || (c.date?.start ?? -Infinity) >= (best.date?.start ?? -Infinity)) best = c;
  }
  return best;
}

/**
 * Why this view may not use the panel, or undefined when it may: only the citizen, or an active
 * delegate or parent acting for them, manages consents.
 */
export function refusalReason(view: FseView): string | undefined {
  const role = view.viewer.role;
  if (role !== 'citizen' && role !== 'delegate' && role !== 'parent')
    return `the consent panel is for the citizen or an active delegate; this view is for a ${role}`;
  if (view.restriction === 'inactive-delegation') return 'the delegation that gives access to this record is not active';
  return undefined;
}

/** `YYYY-MM-DD` of an instant in a time zone (Europe/Rome when the host's zone is unknown). */
export function dayIn(ms: number, timeZone: string): string {
  return dayOf(ms, isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE).iso;
}

/** The day someone born on `birth` turns `years` (`YYYY-MM-DD`); a 29 February birthday falls on 1 March. */
export function birthdayOf(birth: FuzzyDate, years: number): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(birth.iso);
  if (!m) return undefined;
  const y = Number(m[1]) + years;
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (mo === 2 && d === 29 && !leap) return `${y}-03-01`;
  return `${y}-${m[2]}-${m[3]}`;
}

/** Whether someone born on `birth` is an adult (18) on the day of `now`; undefined when the birth date is not a full date. */
export function isAdult(birth: FuzzyDate | undefined, now: number, timeZone: string): boolean | undefined {
  if (!birth) return undefined;
  const b18 = birthdayOf(birth, 18);
  if (!b18) return undefined;
  return dayIn(now, timeZone) >= b18;
}

/** A `YYYY-MM-DD` as a FuzzyDate of day precision (for formatting; start/end in UTC, only the digits are used). */
export function dayDate(iso: string): FuzzyDate {
  const start = Date.parse(`${iso}T00:00:00Z`);
  return { iso, precision: 'day', start, end: start + 86_400_000 };
}

/** The FSE's documents in the view, newest first; those without a date last. */
export function documentsOf(view: FseView): ClinicalEvent[] {
  return view.events
    .filter((e) => e.kind === 'document')
    .sort((a, b) => (a.undated ? 1 : 0) - (b.undated ? 1 : 0) || b.date.start - a.date.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Delegations that can still be revoked (pending or active). */
export function isLive(d: Delegation): boolean {
  return d.status === 'pending' || d.status === 'active';
}

/** Days left until a delegation's last day (0 on the last day), or undefined when it has no end. */
export function daysLeft(d: Delegation, now: number): number | undefined {
  if (!d.validTo) return undefined;
  return Math.floor((d.validTo.end - 1 - now) / 86_400_000);
}

// ───────────────────────────── access log ─────────────────────────────

export type PeriodFilter = '30d' | '90d' | '365d' | 'all';
export const PERIODS: readonly PeriodFilter[] = ['30d', '90d', '365d', 'all'];
const PERIOD_DAYS: Record<PeriodFilter, number> = { '30d': 30, '90d': 90, '365d': 365, all: Infinity };

export interface LogFilter {
  period: PeriodFilter;
  /** A role code, or '' for every role. */
  role: RoleCode | '';
  emergencyOnly: boolean;
}

/** The log entries that pass a filter, newest first. */
export function filterLog(log: readonly AccessLogEntry[], f: LogFilter, now: number): AccessLogEntry[] {
  const days = PERIOD_DAYS[f.period] ?? Infinity;
  const from = Number.isFinite(days) ? now - days * 86_400_000 : -Infinity;
  const out = log.filter(
    (e) =>
      e.at.start >= from &&
      (!f.role || (e.actor.role ?? 'OTHER') === f.role) &&
      (!f.emergencyOnly || e.emergency),
  );
  return out.sort((a, b) => b.at.start - a.at.start || (a.id < b.id ? -1 : 1));
}

/** The roles present in a log, in a stable order (most frequent first). */
export function rolesIn(log: readonly AccessLogEntry[]): RoleCode[] {
  const n = new Map<RoleCode, number>();
  for (const e of log) {
    const r = e.actor.role ?? 'OTHER';
    n.set(r, (n.get(r) ?? 0) + 1);
  }
  return [...n.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r);
}

// ───────────────────────────── CSV ─────────────────────────────

/**
 * What a spreadsheet may run as a formula (OWASP "CSV injection"): `=`, `+`, `-`, `@` (and their
 * full-width forms) even after leading spaces, no-break spaces, zero-width characters or a
 * byte-order mark, which spreadsheets skip or users do not see; or a tab or line break first.
 */
const FORMULA = /^(?:[\s\u00A0\u180E\u200B-\u200F\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r\n])/;

/**
 * One CSV field for Italian spreadsheets: a value that a spreadsheet would run as a formula
 * ({@link FORMULA}) gets a leading apostrophe; a field with the separator, a quote or a line break
 * is quoted, with quotes doubled (RFC 4180).
 */
export function csvField(value: string | number | undefined, separator = ';'): string {
  let s = value === undefined ? '' : String(value);
  if (FORMULA.test(s)) s = `'${s}`;
  if (s.includes(separator) || /["\r\n]/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

/**
 * A CSV file as Excel in Italy opens it: `;` between fields (the comma is the decimal separator),
 * CRLF between rows, and a UTF-8 byte-order mark so accented letters survive.
 */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[], separator = ';'): string {
  return '\uFEFF' + rows.map((r) => r.map((v) => csvField(v, separator)).join(separator)).join('\r\n') + '\r\n';
}

/** Offers a text as a file download (a Blob and a temporary link). */
export function download(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
