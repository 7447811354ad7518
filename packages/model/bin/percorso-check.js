#!/usr/bin/env node
// percorso-check: reads FHIR R4 JSON files (several files = several bundles of one patient) with
// @percorso/model's fromFhir and prints the patient, the documents by national type, the date span
// and every issue with its severity, code, path and message. `--view ROLE` prints what that viewer
// sees (viewFor); `--json` prints the result for machines; `--generate N` writes synthetic FHIR.
// Exit status: 0 no error-level issues (with --view: none in that viewer's view, as printed),
// 1 error-level issues, 2 a file cannot be read or parsed (or the command line is wrong).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fromFhir, fromCda, viewFor, FhirInputError, NATIONAL_TYPE_LABEL } from '../dist/index.js';
import { generateFhir, SAMPLE_NOW } from '../dist/generator/index.js';

const T = {
  it: {
    usage: `Uso: percorso-check [opzioni] FILE…
       percorso-check --generate N [--seed S] [--out FILE]

Legge file FHIR R4 (Bundle di qualsiasi tipo o array di risorse; più file = più bundle dello
stesso paziente) e stampa paziente, documenti per tipologia, periodo coperto e ogni problema
trovato, con gravità, codice, percorso JSON e messaggio.

Opzioni:
  --json                  stampa { record, issues, otherPatients } in JSON
  --view RUOLO            cosa vede chi consulta: citizen, clinician, emergency
  --lang it|en            lingua dei messaggi (predefinita: it)
  --now DATA              "adesso" (ISO 8601) per passi scaduti e deleghe; predefinito: l'ora attuale
  --generate N            scrive un FHIR sintetico di circa N eventi (50–100000) e termina
  --seed S                seme del generatore (predefinito 1)
  --out FILE              con --generate: scrive in FILE invece che sullo standard output
  -h, --help              questo aiuto

File .xml (o che iniziano con "<"): documenti CDA2, letti con fromCda (intestazione e sezioni).

Uscita: 0 nessun errore, 1 problemi di livello errore, 2 file illeggibile o non JSON.`,
    patient: 'Paziente',
    cf: 'CF',
    born: 'nato/a il',
    sex: { male: 'maschio', female: 'femmina', other: 'altro', unknown: 'non noto' },
    others: 'Altri pazienti (non uniti al fascicolo)',
    documents: 'Documenti',
    events: 'Eventi',
    span: (a, b) => `dal ${a} al ${b}`,
    noEvents: 'nessun evento',
    paths: 'Percorsi di cura',
    consents: 'Consensi',
    delegations: 'Deleghe',
    accesses: 'Accessi registrati',
    issues: 'Problemi',
    counts: (e, w, i) => `${e} errori, ${w} avvisi, ${i} informazioni`,
    severity: { error: 'errore', warning: 'avviso', info: 'info' },
    view: 'Vista',
    roles: { citizen: 'cittadino', clinician: 'medico (cura)', emergency: 'emergenza' },
    restriction: {
      'no-consent': 'Nessun consenso alla consultazione per la cura: il professionista non vede il fascicolo.',
      'inactive-delegation': 'La delega non è attiva.',
    },
    files: (n) => (n === 1 ? '1 file' : `${n} file`),
    cannotRead: (f, why) => `percorso-check: impossibile leggere ${f}: ${why}`,
    notJson: (f, why) => `percorso-check: ${f} non è JSON valido (${why})`,
    notFhir: (f) => `percorso-check: ${f} non contiene un oggetto o un array FHIR`,
    mixed: 'percorso-check: file XML (CDA2) e JSON (FHIR) non si leggono insieme: controllali in due esecuzioni',
    noFiles: 'percorso-check: nessun file indicato (percorso-check --help per l’uso)',
    badOption: (o) => `percorso-check: opzione sconosciuta ${o} (percorso-check --help per l’uso)`,
    badValue: (o, v) => `percorso-check: valore non valido per ${o}: ${v}`,
    written: (f, n) => `percorso-check: scritto ${f} (${n} eventi circa)`,
    title: 'Percorso · controllo dei dati FSE (FHIR, CDA2)',
  },
  en: {
    usage: `Usage: percorso-check [options] FILE…
       percorso-check --generate N [--seed S] [--out FILE]

Reads FHIR R4 files (Bundles of any type or arrays of resources; several files = several bundles
of one patient) and prints the patient, the documents by national type, the date span and every
issue found, with severity, code, JSON path and message.

Options:
  --json                  print { record, issues, otherPatients } as JSON
  --view ROLE             what a viewer sees: citizen, clinician, emergency
  --lang it|en            language of the messages (default: it)
  --now DATE              "now" (ISO 8601) for overdue steps and delegations; default: the current time
  --generate N            write synthetic FHIR of about N events (50–100000) and stop
  --seed S                generator seed (default 1)
  --out FILE              with --generate: write to FILE instead of standard output
  -h, --help              this help

Files ending in .xml (or starting with "<"): CDA2 documents, read with fromCda (header and sections).

Exit status: 0 no errors, 1 error-level issues, 2 a file cannot be read or is not JSON.`,
    patient: 'Patient',
    cf: 'CF',
    born: 'born',
    sex: { male: 'male', female: 'female', other: 'other', unknown: 'unknown' },
    others: 'Other patients (not merged into the record)',
    documents: 'Documents',
    events: 'Events',
    span: (a, b) => `from ${a} to ${b}`,
    noEvents: 'no events',
    paths: 'Care paths',
    consents: 'Consents',
    delegations: 'Delegations',
    accesses: 'Logged accesses',
    issues: 'Issues',
    counts: (e, w, i) => `${e} errors, ${w} warnings, ${i} info`,
    severity: { error: 'error', warning: 'warning', info: 'info' },
    view: 'View',
    roles: { citizen: 'citizen', clinician: 'clinician (treatment)', emergency: 'emergency' },
    restriction: {
      'no-consent': 'No consultation consent for care: the professional does not see the record.',
      'inactive-delegation': 'The delegation is not active.',
    },
    files: (n) => (n === 1 ? '1 file' : `${n} files`),
    cannotRead: (f, why) => `percorso-check: cannot read ${f}: ${why}`,
    notJson: (f, why) => `percorso-check: ${f} is not valid JSON (${why})`,
    notFhir: (f) => `percorso-check: ${f} holds no FHIR object or array`,
    mixed: 'percorso-check: XML (CDA2) and JSON (FHIR) files are not read together: check them in two runs',
    noFiles: 'percorso-check: no file given (see percorso-check --help)',
    badOption: (o) => `percorso-check: unknown option ${o} (see percorso-check --help)`,
    badValue: (o, v) => `percorso-check: invalid value for ${o}: ${v}`,
    written: (f, n) => `percorso-check: wrote ${f} (about ${n} events)`,
    title: 'Percorso · FSE data check (FHIR, CDA2)',
  },
};

const ROLES = ['citizen', 'clinician', 'emergency'];

/** Ends with status 2 and one line on stderr: no stack trace. */
function fail(message) {
  process.stderr.write(message + '\n');
  process.exit(2);
}

function parseArgs(argv) {
  const o = { files: [], json: false, view: undefined, lang: 'it', help: false, generate: undefined, seed: 1, out: undefined, now: undefined };
  // The language first, so that errors about other options are in it.
  const li = argv.indexOf('--lang');
  if (li >= 0 && (argv[li + 1] === 'it' || argv[li + 1] === 'en')) o.lang = argv[li + 1];
  const t = T[o.lang];
  const value = (i, name) => {
    if (i + 1 >= argv.length) fail(t.badValue(name, '(mancante / missing)'));
    return argv[i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') o.json = true;
    else if (a === '-h' || a === '--help') o.help = true;
    else if (a === '--lang') {
      const v = value(i++, a);
      if (v !== 'it' && v !== 'en') fail(t.badValue(a, v));
    } else if (a === '--view') {
      const v = value(i++, a);
      if (!ROLES.includes(v)) fail(t.badValue(a, v));
      o.view = v;
    } else if (a === '--generate') {
      const v = value(i++, a);
      const n = Number(v);
      if (!Number.isInteger(n) || n < 50 || n > 100000) fail(t.badValue(a, v));
      o.generate = n;
    } else if (a === '--seed') {
      const v = value(i++, a);
      const n = Number(v);
      if (!Number.isInteger(n)) fail(t.badValue(a, v));
      o.seed = n;
    } else if (a === '--out') o.out = value(i++, a);
    else if (a === '--now') {
      const v = value(i++, a);
      const n = Date.parse(v);
      if (!Number.isFinite(n)) fail(t.badValue(a, v));
      o.now = n;
    } else if (a === '-') o.files.push(a);
    else if (a.startsWith('-')) fail(t.badOption(a));
    else o.files.push(a);
  }
  return o;
}

function readInput(file, t) {
  let text;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    fail(t.cannotRead(file, e && e.code === 'ENOENT' ? (t === T.it ? 'il file non esiste' : 'no such file') : e && e.code ? e.code : String(e)));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // CDA2 (XML): read by fromCda, which reports malformed XML as issues.
  if (/\.xml$/i.test(file) || text.trimStart().startsWith('<')) return { xml: text };
  try {
    const value = JSON.parse(text);
    if (typeof value !== 'object' || value === null) fail(t.notFhir(file));
    return value;
  } catch (e) {
    fail(t.notJson(file, e instanceof Error ? e.message.split('\n')[0] : String(e)));
  }
}

/** `$[1].entry[3]…` of a merged input → `b.json $.entry[3]…`. */
function filePath(path, names) {
  if (names.length === 1) return `${names[0]} ${path}`;
  const m = /^\$\[(\d+)\](.*)$/.exec(path);
  if (!m || names[Number(m[1])] === undefined) return path;
  return `${names[Number(m[1])]} $${m[2]}`;
}

function sexWord(t, sex) {
  return sex ? t.sex[sex] ?? sex : undefined;
}

function printSummary(out, t, lang, result, names, view) {
  const record = result.record;
  const patient = view ? view.patient : record.patient;
  const events = view ? view.events : record.events;
  out.push(`${t.title} · ${t.files(names.length)}: ${names.join(', ')}`);
  const who = [patient.name || '—'];
  if (patient.cf) who.push(`${t.cf} ${patient.cf}`);
  if (patient.birthDate) who.push(`${t.born} ${patient.birthDate.iso}`);
  const sex = sexWord(t, patient.sex);
  if (sex) who.push(sex);
  out.push(`${t.patient}: ${who.join(' · ')}`);
  if (!view && result.otherPatients.length) {
    out.push(`${t.others}:`);
    for (const p of result.otherPatients) out.push(`  ${p.name || '—'}${p.cf ? ` · ${t.cf} ${p.cf}` : ''}${p.birthDate ? ` · ${t.born} ${p.birthDate.iso}` : ''}`);
  }
  if (view) {
    out.push(`${t.view}: ${t.roles[view.viewer.role] ?? view.viewer.role}`);
    if (view.restriction) out.push(`  ${t.restriction[view.restriction] ?? view.restriction}`);
  }
  const docs = events.filter((e) => e.kind === 'document' && e.document);
  const byType = new Map();
  for (const d of docs) byType.set(d.document.nationalType, (byType.get(d.document.nationalType) ?? 0) + 1);
  out.push(`${t.documents}: ${docs.length}`);
  const types = [...byType.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const w = Math.max(0, ...types.map(([k]) => k.length));
  for (const [type, n] of types) out.push(`  ${type.padEnd(w)}  ${String(n).padStart(6)}  ${NATIONAL_TYPE_LABEL.get(type) ?? ''}`.trimEnd());
  if (view) {
    // An emergency view puts the Patient Summary first (view.firstIds), then the rest by date.
    const first = new Set(view.firstIds ?? []);
    const listed = [...docs.filter((d) => first.has(d.id)), ...docs.filter((d) => !first.has(d.id))];
    for (const d of listed) out.push(`    ${d.date.iso.slice(0, 10)}  ${d.document.nationalType.padEnd(w)}  ${d.title}`);
  }
  out.push(`${t.events}: ${events.length}${events.length ? ` (${t.span(events[0].date.iso, events[events.length - 1].date.iso)})` : ` (${t.noEvents})`}`);
  const paths = view ? view.carePaths : record.carePaths;
  const consents = view ? view.consents : record.consents;
  const delegations = view ? view.delegations : record.delegations;
  const log = view ? view.accessLog : record.accessLog;
  out.push(`${t.paths}: ${paths.length} · ${t.consents}: ${consents.length} · ${t.delegations}: ${delegations.length} · ${t.accesses}: ${log.length}`);
  if (view) for (const p of paths) out.push(`    ${p.kind.padEnd(10)} ${p.title}`);
  const issues = view ? view.issues : result.issues;
  const count = (s) => issues.filter((i) => i.severity === s).length;
  out.push(`${t.issues}: ${t.counts(count('error'), count('warning'), count('info'))}`);
  const order = { error: 0, warning: 1, info: 2 };
  const sorted = issues.map((i, n) => [i, n]).sort((a, b) => order[a[0].severity] - order[b[0].severity] || a[1] - b[1]);
  for (const [i] of sorted) {
    out.push(`  ${t.severity[i.severity].padEnd(7)} ${i.code}  ${filePath(i.path, names)}  ${i.message[lang] ?? i.message.it}`);
  }
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  const t = T[o.lang];
  if (o.help) {
    process.stdout.write(t.usage + '\n');
    return 0;
  }
  if (o.generate !== undefined) {
    const bundle = generateFhir({ seed: o.seed, events: o.generate, now: o.now ?? SAMPLE_NOW });
    const text = JSON.stringify(bundle);
    if (o.out) {
      try {
        writeFileSync(o.out, text + '\n');
      } catch (e) {
        fail(t.cannotRead(o.out, e && e.code ? e.code : String(e)));
      }
      process.stderr.write(t.written(o.out, o.generate) + '\n');
    } else {
      process.stdout.write(text + '\n');
    }
    return 0;
  }
  if (!o.files.length) fail(t.noFiles);
  const inputs = o.files.map((f) => readInput(f, t));
  const names = o.files.map((f) => (f === '-' ? 'stdin' : basename(f)));
  const now = o.now ?? Date.now();
  let result;
  try {
    const xml = inputs.filter((x) => x && typeof x.xml === 'string');
    if (xml.length && xml.length !== inputs.length) fail(t.mixed);
    result = xml.length
      ? fromCda(xml.length === 1 ? xml[0].xml : xml.map((x) => x.xml), { now })
      : fromFhir(inputs.length === 1 ? inputs[0] : inputs, { now });
  } catch (e) {
    if (e instanceof FhirInputError) fail(t.notFhir(names.join(', ')));
    throw e;
  }
  const view = o.view ? viewFor(result.record, { role: o.view, now }, result.issues) : undefined;
  // The exit status says what was printed: with --view, the viewer's issues (a view that shows
  // "0 errori" exits 0 even when the record has errors about what that viewer cannot see).
  const hasErrors = (view ? view.issues : result.issues).some((i) => i.severity === 'error');
  if (o.json) {
    const payload = view ? { view, issues: view.issues } : { record: result.record, issues: result.issues, otherPatients: result.otherPatients };
    process.stdout.write(JSON.stringify(payload, null, 2) + '\n');
  } else {
    const out = [];
    printSummary(out, t, o.lang, result, names, view);
    process.stdout.write(out.join('\n') + '\n');
  }
  return hasErrors ? 1 : 0;
}

// Piped into `head` or a pager that quits early: stop quietly.
process.stdout.on('error', (e) => {
  if (e && e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  process.exitCode = main();
} catch (e) {
  // A bug of ours, not of the input: say so in one line, still no stack trace unless asked.
  process.stderr.write(`percorso-check: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.env.PERCORSO_DEBUG) process.stderr.write(String(e && e.stack) + '\n');
  process.exitCode = 2;
}
