/**
 * The demo pages over their FHIR server, as `npm start` serves them: each opens at a desktop and a
 * phone width, reads the sample patient's record over HTTP and shows it, with no error on screen.
 * (The harness the task tests share, test/tasks/demo.ts, is tried here.)
 */
import { expect } from '@open-wc/testing';
import { openDemo, TASK_TIMEOUT, WIDTHS, type Demo } from './demo.js';

interface FhirPatient {
  name: { given: string[]; family: string }[];
}

async function patientName(demo: Demo): Promise<string> {
  const q = new URLSearchParams(demo.win.location.search);
  const res = await fetch(`${q.get('fhir')}/Patient/${q.get('patient')}`);
  const p = (await res.json()) as FhirPatient;
  return `${p.name[0]!.given[0]} ${p.name[0]!.family}`;
}

for (const width of Object.values(WIDTHS)) {
  describe(`the demo over its FHIR server at ${width} px`, function () {
    this.timeout(TASK_TIMEOUT);

    it('the citizen page shows the sample patient, her record and her privacy panel, with no error', async () => {
      const demo = await openDemo('index', { width });
      const text = demo.text();
      expect(text).to.include('Il mio fascicolo');
      expect(text).to.include(await patientName(demo));
      expect(demo.$$('[role="alert"]').filter((e) => demo.visible(e) && e.textContent!.trim())).to.have.length(0);
      // the record reached the timeline and the privacy panel: documents to read, consents to give
      expect(text).to.match(/\d+ (documenti|eventi)/);
      expect(demo.$('fse-consent-panel')).to.exist;
      expect(demo.actions).to.equal(0);
    });

    it('the clinician page shows the same patient inside the EHR, and each kind of access', async () => {
      const demo = await openDemo('clinician', { width });
      expect(demo.text()).to.include(await patientName(demo));
      await demo.choose('Accesso', 'Emergenza (art. 20)');
      await demo.settled();
      expect(demo.text()).to.match(/emergenza/i);
      await demo.choose('Accesso', /senza consenso/);
      await demo.settled();
      expect(demo.text()).to.match(/consenso/i);
      expect(demo.actions).to.equal(4);
    });
  });
}
