/**
 * percorso-check, the built CLI, run in Node by the `percorso-cli` server command
 * (scripts/wtr-plugins.mjs; cwd is the repository root, scripts/test.mjs builds the model first).
 * Exit codes 0 / 1 / 2, what it prints for people and for machines, the viewer's view, and that
 * --generate writes exactly what generateFhir gives in the browser.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { generateFhir, SAMPLE_NOW } from '@percorso/model/generator';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const cli = (...args: string[]): Promise<Run> => executeServerCommand<Run, { args: string[] }>('percorso-cli', { args });

const GATEWAY = '../shared/fixtures/gateway';
const NOW = '2026-11-15T10:00:00+01:00';
// Written by the CLI's own --generate; unique per run so parallel runs never share a file.
const SAMPLE = `/tmp/percorso-cli-test-${Math.random().toString(36).slice(2)}.json`;

function noStackTrace(text: string): void {
  expect(text).to.not.match(/\n\s+at /);
  expect(text.trim().split('\n')).to.have.length(1);
}

describe('percorso-check', () => {
  before(async () => {
    const r = await cli('--generate', '400', '--seed', '9', '--out', SAMPLE);
    expect(r.code, r.stderr).to.equal(0);
  });

  it('prints its usage with --help, in Italian by default and in English with --lang en', async () => {
    const it = await cli('--help');
    expect(it.code).to.equal(0);
    expect(it.stdout).to.contain('Uso: percorso-check');
    expect(it.stdout).to.contain('--view');
    const en = await cli('--lang', 'en', '--help');
    expect(en.stdout).to.contain('Usage: percorso-check');
  });

  it('reads a gateway bundle: patient, documents by national type, date span, issues; exit 0', async () => {
    const r = await cli(`${GATEWAY}/mds-fhir-LAB.json`);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.contain('Paziente');
    expect(r.stdout).to.contain('GTWGWY82B42G920M');
    expect(r.stdout).to.match(/Documenti: 1\n\s+LAB\s+1\s+Referto di laboratorio/);
    expect(r.stdout).to.match(/Eventi: \d+ \(dal 2022-03-30/);
    expect(r.stdout).to.match(/Problemi: 0 errori/);
  });

  it('merges several files of one patient and reports another person, naming the file of each issue', async () => {
    const files = ['LAB', 'LDO', 'PSS', 'RAD', 'RAP', 'RSA', 'SING_VACC', 'VPS'].map((n) => `${GATEWAY}/mds-fhir-${n}.json`);
    const r = await cli('--lang', 'en', ...files);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.contain('8 files');
    expect(r.stdout).to.match(/Documents: 7\n/);
    expect(r.stdout).to.contain('Other patients');
    expect(r.stdout).to.match(/warning\s+conflicting-patient-data\s+mds-fhir-\w+\.json \$\.entry\[\d+\]/);
    expect(r.stdout).to.match(/warning\s+other-patient\s+mds-fhir-RAP\.json/);
  });

  it('prints { record, issues, otherPatients } with --json', async () => {
    // Three bundles of GTWGWY82B42G920M outweigh the RAP bundle of another person.
    const r = await cli('--json', ...['LAB', 'RAD', 'RSA', 'RAP'].map((n) => `${GATEWAY}/mds-fhir-${n}.json`));
    expect(r.code, r.stderr).to.equal(0);
    const out = JSON.parse(r.stdout) as { record: { patient: { cf: string }; events: unknown[] }; issues: { severity: string; code: string; path: string; message: { it: string; en: string } }[]; otherPatients: { cf: string }[] };
    expect(out.record.patient.cf).to.equal('GTWGWY82B42G920M');
    expect(out.record.events.length).to.be.greaterThan(0);
    expect(out.otherPatients.map((p) => p.cf)).to.deep.equal(['PROVAX00X00X000Y']);
    expect(out.issues.some((i) => i.code === 'other-patient' && i.path.startsWith('$[3]') && i.message.it.length > 0)).to.equal(true);
  });

  it('exits 1 when the input has error-level issues (a JSON file that is not FHIR)', async () => {
    const r = await cli('package.json');
    expect(r.code).to.equal(1);
    expect(r.stdout).to.match(/errore\s+missing-resource-type\s+package\.json \$/);
    const en = await cli('--lang', 'en', 'package.json');
    expect(en.stdout).to.match(/Issues: 1 errors/);
    expect(en.stdout).to.contain('Resource without resourceType');
  });

  it('with --view, the exit status follows the issues it prints: "0 errori" exits 0, the citizen who sees the error exits 1', async () => {
    // A bundle with one entry that is not a resource (an error-level issue) and no consultation
    // consent: the clinician's view is restricted and shows no issue at all.
    const file = 'test/model/fixtures/cli-error-entry.json';
    const all = await cli('--now', NOW, file);
    expect(all.code, all.stdout).to.equal(1);
    expect(all.stdout).to.match(/Problemi: 1 errori/);
    const clinician = await cli('--now', NOW, '--view', 'clinician', file);
    expect(clinician.stdout).to.match(/Problemi: 0 errori/);
    expect(clinician.code, clinician.stdout).to.equal(0);
    const citizen = await cli('--now', NOW, '--view', 'citizen', file);
    expect(citizen.stdout).to.match(/Problemi: 1 errori/);
    expect(citizen.code).to.equal(1);
  });

  it('exits 2 with one clear line when a file cannot be read or is not JSON', async () => {
    const missing = await cli('no/such/file.json');
    expect(missing.code).to.equal(2);
    expect(missing.stdout).to.equal('');
    expect(missing.stderr).to.contain('no/such/file.json');
    noStackTrace(missing.stderr);
    const notJson = await cli('tsconfig.json'); // JSON with comments: not JSON
    expect(notJson.code).to.equal(2);
    expect(notJson.stderr).to.contain('non è JSON valido');
    noStackTrace(notJson.stderr);
    const oneOfMany = await cli(`${GATEWAY}/mds-fhir-LAB.json`, 'README.md');
    expect(oneOfMany.code).to.equal(2);
    expect(oneOfMany.stderr).to.contain('README.md');
    const noFile = await cli();
    expect(noFile.code).to.equal(2);
    noStackTrace(noFile.stderr);
    const badView = await cli('--view', 'janitor', SAMPLE);
    expect(badView.code).to.equal(2);
    noStackTrace(badView.stderr);
  });

  it('writes with --generate exactly what generateFhir gives in the browser', async () => {
    const r = await cli('--generate', '120', '--seed', '4');
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout.trim()).to.equal(JSON.stringify(generateFhir({ seed: 4, events: 120, now: SAMPLE_NOW })));
  });

  it('reads a generated record with no error: exit 0, the AF care path among the issues-free summary', async () => {
    const r = await cli('--now', NOW, SAMPLE);
    expect(r.code, r.stdout).to.equal(0);
    expect(r.stdout).to.match(/Problemi: 0 errori, 0 avvisi/);
    expect(r.stdout).to.match(/Eventi: (3[6-9]\d|4[0-3]\d) /);
    expect(r.stdout).to.match(/Percorsi di cura: 3/);
  });

  it('with --view clinician omits every obscured or protected title the citizen sees', async () => {
    const bundle = generateFhir({ seed: 9, events: 400 });
    const hiddenTitles = bundle.entry
      .map((e) => e.resource)
      .filter((r) => r.resourceType === 'DocumentReference')
      .filter((r) => JSON.stringify(r).includes('"P99"') || JSON.stringify(r).includes('"HIV"'))
      .map((r) => r.description as string);
    expect(hiddenTitles.length).to.be.at.least(2);
    const citizen = await cli('--now', NOW, '--view', 'citizen', SAMPLE);
    const clinician = await cli('--now', NOW, '--view', 'clinician', SAMPLE);
    expect(citizen.code).to.equal(0);
    expect(clinician.code).to.equal(0);
    expect(clinician.stdout).to.contain('Vista: medico (cura)');
    for (const title of hiddenTitles) {
      expect(citizen.stdout, title).to.contain(title);
      expect(clinician.stdout, title).to.not.contain(title);
    }
    // The reports linked to the obscured prescription go with it.
    expect(citizen.stdout).to.match(/Visita (urologica|ginecologica)\n/);
    expect(clinician.stdout).to.not.match(/Visita (urologica|ginecologica)/);
    // Counts too: the clinician's document count is smaller, and no hint of what is missing.
    const count = (s: string): number => Number(/Documenti: (\d+)/.exec(s)![1]);
    expect(count(clinician.stdout)).to.be.below(count(citizen.stdout));
    expect(clinician.stdout).to.not.match(/oscurat|nascost|hidden|obscured/i);
  });

  it('with --view emergency lists the Patient Summary first', async () => {
    const r = await cli('--now', NOW, '--view', 'emergency', SAMPLE);
    expect(r.code).to.equal(0);
    expect(r.stdout).to.contain('Vista: emergenza');
    const listed = r.stdout.split('\n').filter((l) => /^ {4}\d{4}-\d{2}-\d{2} /.test(l));
    expect(listed[0]).to.match(/PSS\s+Profilo sanitario sintetico$/);
  });

  it('with --view emergency and --json prints the view for machines', async () => {
    const r = await cli('--now', NOW, '--view', 'emergency', '--json', SAMPLE);
    expect(r.code).to.equal(0);
    const out = JSON.parse(r.stdout) as { view: { viewer: { role: string }; events: { privacy: { obscured: boolean } }[]; consents: unknown[] } };
    expect(out.view.viewer.role).to.equal('emergency');
    expect(out.view.events.some((e) => e.privacy.obscured)).to.equal(false);
    expect(out.view.consents).to.deep.equal([]);
  });
});
