/**
 * fromCda on broken and hostile input: every problem is one Issue with its severity, code and
 * XPath-like path; nothing throws (but a non-string, non-array input); DOCTYPEs are refused before
 * any entity could be expanded; random strings and random mutations of a real CDA never throw.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CdaInputError, FhirInputError, fromCda, hl7TsToIso, parseXml, type FromFhirResult, type Issue } from '@percorso/model';

const CF = 'GTWGWY82B42G920M';

interface Parts {
  root?: string;
  ns?: string;
  template?: string;
  code?: string;
  effectiveTime?: string;
  confidentiality?: string;
  recordTarget?: string;
  cf?: string;
  id?: string;
  body?: string;
  extraHeader?: string;
}

/** A small, valid LAB header with one section; each part can be replaced. */
function cda(p: Parts = {}): string {
  const root = p.root ?? 'ClinicalDocument';
  const recordTarget =
    p.recordTarget ??
    `<recordTarget><patientRole><id root="2.16.840.1.113883.2.9.4.3.2" extension="${p.cf ?? CF}"/>
      <patient><name><family>Rossi</family><given>Anna</given></name><administrativeGenderCode code="F"/><birthTime value="19800211"/></patient>
    </patientRole></recordTarget>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<${root} xmlns="${p.ns ?? 'urn:hl7-org:v3'}" xmlns:sdtc="urn:hl7-org:sdtc">
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_MT000040UV02"/>
  <templateId root="${p.template ?? '2.16.840.1.113883.2.9.10.1.1'}"/>
  ${p.id ?? '<id root="2.16.840.1.113883.2.9.2.120.4.4" extension="DOC1"/>'}
  ${p.code ?? '<code code="11502-2" codeSystem="2.16.840.1.113883.6.1" displayName="Referto di laboratorio"/>'}
  <title>Referto</title>
  ${p.effectiveTime ?? '<effectiveTime value="20240115093000+0100"/>'}
  ${p.confidentiality ?? '<confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>'}
  ${recordTarget}
  <author><time value="20240115093000+0100"/><assignedAuthor><id root="2.16.840.1.113883.2.9.4.3.2" extension="PROVAX00X00X000Y"/>
    <assignedPerson><name><prefix>Dott.</prefix><given>Mario</given><family>Bianchi</family></name></assignedPerson></assignedAuthor></author>
  <custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.2.9.4.1.2" extension="120148"/><name>Ospedale</name></representedCustodianOrganization></assignedCustodian></custodian>
  ${p.extraHeader ?? ''}
  <component><structuredBody><component><section><code code="18729-4" codeSystem="2.16.840.1.113883.6.1"/><title>Urine</title>
    <text>${p.body ?? '<paragraph>Esame <content>normale</content></paragraph>'}</text></section></component></structuredBody></component>
</${root}>`;
}

function only(r: FromFhirResult, code: string): Issue {
  const found = r.issues.filter((i) => i.code === code);
  expect(found, `${code} in ${JSON.stringify(r.issues.map((i) => i.code))}`).to.have.length(1);
  const i = found[0]!;
  expect(i.message.it).to.be.a('string').and.not.equal(code);
  expect(i.message.en).to.be.a('string').and.not.equal(code);
  return i;
}
const docs = (r: FromFhirResult) => r.record.events.filter((e) => e.kind === 'document');

describe('fromCda — malformed input', () => {
  it('the valid baseline reads with no warning or error', () => {
    const r = fromCda(cda());
    expect(r.issues.filter((i) => i.severity !== 'info')).to.deep.equal([]);
    expect(docs(r)).to.have.length(1);
    expect(docs(r)[0]!.document!.sections[0]).to.deep.include({ title: 'Urine', text: 'Esame normale' });
  });

  it('text that is not XML: not-xml, no document', () => {
    const r = fromCda('Referto: tutto bene');
    const i = only(r, 'not-xml');
    expect(i.severity).to.equal('error');
    expect(i.path).to.equal('$');
    expect(docs(r)).to.have.length(0);
    only(r, 'no-documents');
  });

  it('an empty string: not-xml', () => {
    expect(only(fromCda(''), 'not-xml').severity).to.equal('error');
  });

  it('a truncated document: malformed-xml with line, column and the open element', () => {
    const text = cda();
    const cut = text.slice(0, text.indexOf('<title>Urine'));
    const i = only(fromCda(cut), 'malformed-xml');
    expect(i.severity).to.equal('error');
    expect(i.path).to.equal('$/ClinicalDocument/component/structuredBody/component/section');
    expect(i.message.en).to.match(/line \d+, column \d+/);
    expect(i.message.it).to.match(/riga \d+, colonna \d+/);
  });

  it('a DOCTYPE with nested entities (billion laughs) is refused, never expanded', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
      <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
      <ClinicalDocument xmlns="urn:hl7-org:v3"><title>&lol3;</title></ClinicalDocument>`;
    const r = fromCda(lol);
    const i = only(r, 'doctype-refused');
    expect(i.severity).to.equal('error');
    expect(r.record.events).to.have.length(0);
    expect(JSON.stringify(r)).to.not.contain('lollol');
  });

  it('a DOCTYPE with an external entity (XXE) is refused', () => {
    const xxe = `<!DOCTYPE ClinicalDocument [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${cda({ body: '&xxe;' }).replace(/^<\?xml[^>]*>/, '')}`;
    const r = fromCda(xxe);
    only(r, 'doctype-refused');
    expect(JSON.stringify(r)).to.not.contain('root:');
  });

  it('an undefined entity (&nbsp;, not one of the five XML ones) is malformed-xml', () => {
    const i = only(fromCda(cda({ body: 'a&nbsp;b' })), 'malformed-xml');
    expect(i.message.en).to.contain('&nbsp;');
  });

  it('a mismatched end tag names both tags', () => {
    const i = only(fromCda(cda({ body: '<paragraph>x</content>' })), 'malformed-xml');
    expect(i.message.en).to.contain('</content> closes <paragraph>');
    expect(i.path).to.match(/\/section\/text\/paragraph$/);
  });

  it('a repeated attribute and a control character are malformed-xml', () => {
    expect(only(fromCda(cda({ confidentiality: '<confidentialityCode code="N" code="R"/>' })), 'malformed-xml').message.en).to.contain('repeated');
    expect(only(fromCda(cda({ body: 'a\u0001b' })), 'malformed-xml').message.en).to.contain('not allowed');
  });

  it('the wrong root element: not-cda', () => {
    const r = fromCda(cda({ root: 'Bundle' }));
    const i = only(r, 'not-cda');
    expect(i.path).to.equal('$/Bundle');
    expect(r.record.events).to.have.length(0);
  });

  it('another namespace: read, with a warning', () => {
    const r = fromCda(cda({ ns: 'urn:example' }));
    expect(only(r, 'not-hl7-namespace').severity).to.equal('warning');
    expect(docs(r)).to.have.length(1);
  });

  it('a missing document code: missing-element, national type OTHER, title kept', () => {
    const r = fromCda(cda({ code: '' }));
    const i = only(r, 'missing-element');
    expect(i.path).to.equal('$/ClinicalDocument/code');
    expect(docs(r)[0]!.document!.nationalType).to.equal('OTHER');
    expect(docs(r)[0]!.title).to.equal('Referto');
  });

  it('an unknown LOINC code: unknown-document-type on code/@code', () => {
    const r = fromCda(cda({ code: '<code code="99999-9" codeSystem="2.16.840.1.113883.6.1"/>' }));
    const i = only(r, 'unknown-document-type');
    expect(i.path).to.equal('$/ClinicalDocument/code/@code');
    expect(docs(r)[0]!.document!.nationalType).to.equal('OTHER');
  });

  it('a template of another type than the code: template-type-mismatch, the code wins', () => {
    const r = fromCda(cda({ template: '2.16.840.1.113883.2.9.10.1.7.1' }));
    only(r, 'template-type-mismatch');
    expect(docs(r)[0]!.document!.nationalType).to.equal('LAB');
  });

  it('an impossible effectiveTime: invalid-date on @value, and the document is placed and reported as undated', () => {
    const r = fromCda(cda({ effectiveTime: '<effectiveTime value="20220230112426+0100"/>' }), { now: Date.UTC(2025, 0, 1) });
    const i = only(r, 'invalid-date');
    expect(i.path).to.equal('$/ClinicalDocument/effectiveTime/@value');
    only(r, 'undated');
    expect(docs(r)[0]!.document!.creationTime).to.equal(undefined);
  });

  it('an ISO date where HL7 TS is expected: not-hl7-date', () => {
    const i = only(fromCda(cda({ effectiveTime: '<effectiveTime value="2024-01-15"/>' })), 'not-hl7-date');
    expect(i.path).to.equal('$/ClinicalDocument/effectiveTime/@value');
  });

  it('a TS without offset is read in the record time zone and said so', () => {
    const r = fromCda(cda({ effectiveTime: '<effectiveTime value="20240115093000"/>' }));
    expect(only(r, 'date-without-offset').severity).to.equal('info');
    expect(docs(r)[0]!.document!.creationTime?.iso).to.equal('2024-01-15T09:30:00');
  });

  it('an unknown confidentialityCode: invalid-confidentiality, N kept', () => {
    const r = fromCda(cda({ confidentiality: '<confidentialityCode code="X"/>' }));
    expect(only(r, 'invalid-confidentiality').path).to.equal('$/ClinicalDocument/confidentialityCode/@code');
    expect(docs(r)[0]!.privacy.confidentiality).to.equal('N');
    expect(docs(fromCda(cda({ confidentiality: '<confidentialityCode code="V"/>' })))[0]!.privacy.confidentiality).to.equal('V');
  });

  it('a missing recordTarget: missing-element and no-patient, the document still read', () => {
    const r = fromCda(cda({ recordTarget: '' }));
    expect(only(r, 'missing-element').path).to.equal('$/ClinicalDocument/recordTarget');
    expect(only(r, 'no-patient').message.en).to.contain('recordTarget');
    expect(r.record.patient.id).to.equal('unknown-patient');
    expect(docs(r)).to.have.length(1);
  });

  it('an invalid codice fiscale is reported on the id extension', () => {
    const r = fromCda(cda({ cf: 'abc' }));
    expect(only(r, 'invalid-cf').path).to.equal('$/ClinicalDocument/recordTarget/patientRole/id/@extension');
  });

  it('two patients in two documents: other-patient, the other document left out', () => {
    const r = fromCda([cda(), cda({ cf: 'RSSMRA80A01H501U', id: '<id root="2.9" extension="DOC2"/>' }), cda({ id: '<id root="2.9" extension="DOC3"/>' })]);
    expect(r.record.patient.cf).to.equal(CF);
    expect(only(r, 'other-patient').path).to.equal('$[1]/ClinicalDocument/recordTarget');
    expect(only(r, 'other-patient-resource').path).to.equal('$[1]/ClinicalDocument');
    expect(r.otherPatients.map((p) => p.cf)).to.deep.equal(['RSSMRA80A01H501U']);
    expect(docs(r)).to.have.length(2);
  });

  it('an undated document of another person is left out without an undated issue', () => {
    const other = cda({ cf: 'RSSMRA80A01H501U', id: '<id root="2.9" extension="DOC2"/>', effectiveTime: '<effectiveTime value="2024013"/>' });
    const r = fromCda([cda(), other, cda({ id: '<id root="2.9" extension="DOC3"/>' })]);
    expect(only(r, 'not-hl7-date').path).to.equal('$[1]/ClinicalDocument/effectiveTime/@value');
    expect(r.issues.filter((i) => i.code === 'undated')).to.deep.equal([]);
    expect(only(r, 'other-patient').severity).to.equal('warning');
  });

  it('a 5 MB text node is read, its narrative cut and reported', () => {
    const big = 'a'.repeat(5 * 1024 * 1024);
    const r = fromCda(cda({ body: big }));
    const i = only(r, 'value-too-long');
    expect(i.path).to.equal('$/ClinicalDocument/component/structuredBody/component/section/text');
    const text = docs(r)[0]!.document!.sections[0]!.text!;
    expect(text.length).to.equal(200_000);
  });

  it('deep nesting is refused with xml-too-deep', () => {
    const deep = '<content>'.repeat(5000) + 'x' + '</content>'.repeat(5000);
    const r = fromCda(cda({ body: deep }));
    expect(only(r, 'xml-too-deep').severity).to.equal('error');
    expect(docs(r)).to.have.length(0);
  });

  it('narrative markup is stripped: CDATA, character references and script-like text stay text', () => {
    const r = fromCda(cda({ body: '<paragraph>A &amp; B &#233; &#x2192; <![CDATA[<b>x</b>]]></paragraph><list><item>uno</item><item>due</item></list>' }));
    expect(docs(r)[0]!.document!.sections[0]!.text).to.equal('A & B é → <b>x</b>\nuno\ndue');
  });

  it('an encounter that ends before it starts: end-before-start, end dropped', () => {
    const enc = '<componentOf><encompassingEncounter><id root="2.9.9" extension="E1"/><effectiveTime><low value="20240110"/><high value="20240101"/></effectiveTime></encompassingEncounter></componentOf>';
    const r = fromCda(cda({ extraHeader: enc }));
    expect(only(r, 'end-before-start').path).to.equal('$/ClinicalDocument/componentOf/encompassingEncounter/effectiveTime');
    const e = r.record.events.find((x) => x.kind === 'encounter')!;
    expect(e.end).to.equal(undefined);
    expect(e.date.iso).to.equal('2024-01-10');
  });

  it('a non-string item of an array is an issue; a non-string input throws CdaInputError (a FhirInputError)', () => {
    const r = fromCda([cda(), 42 as unknown as string]);
    expect(only(r, 'not-a-string').path).to.equal('$[1]');
    expect(docs(r)).to.have.length(1);
    expect(() => fromCda({} as unknown as string)).to.throw(CdaInputError);
    expect(() => fromCda(null as unknown as string)).to.throw(FhirInputError);
  });

  it('relatedDocument RPLC marks the replaced document superseded', () => {
    const v2 = cda({ id: '<id root="2.9" extension="DOC1-v2"/>', extraHeader: '<relatedDocument typeCode="RPLC"><parentDocument><id root="2.16.840.1.113883.2.9.2.120.4.4" extension="DOC1"/></parentDocument></relatedDocument>' });
    const r = fromCda([cda(), v2]);
    const byId = new Map(docs(r).map((d) => [d.document!.uniqueId, d.document!.status]));
    expect(byId.get('DOC1')).to.equal('superseded');
    expect(byId.get('DOC1-v2')).to.equal('current');
  });
});

describe('fromCda — hostile sizes stay linear', function () {
  // A quadratic reader shows as a time ratio near 100 between 10× inputs; a linear one near 10.
  // The ratio of the fastest runs is asserted (never a wall-clock limit, which would flake on a busy
  // machine): a garbage-collection pause only ever adds time, so the fastest run is the reader's own
  // cost, where a median of three still caught a pause (37.8× once in CI on a linear reader).
  this.timeout(60_000);
  const fastest = (xs: number[]) => Math.min(...xs);
  const timeOf = (text: string, runs: number): number => {
    const t: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = fromCda(text);
      t.push(performance.now() - t0);
      expect(docs(r)).to.have.length(1);
    }
    return fastest(t);
  };

  it('200 000 attributes on one element: read in time proportional to their number', () => {
    const withAttrs = (n: number) => {
      let attrs = '';
      for (let i = 0; i < n; i++) attrs += ` a${i}="${i}"`;
      return cda({ extraHeader: `<sdtc:extra${attrs}/>` });
    };
    const small = withAttrs(20_000);
    const big = withAttrs(200_000);
    timeOf(small, 1); // warm-up
    timeOf(big, 1);
    const tSmall = timeOf(small, 5);
    const tBig = timeOf(big, 3);
    const ratio = tBig / Math.max(tSmall, 0.5);
    console.log(`fromCda, attributes on one element: 20 000 → ${tSmall.toFixed(1)} ms, 200 000 → ${tBig.toFixed(1)} ms (fastest), ratio ${ratio.toFixed(1)} (linear ≈ 10, quadratic ≈ 100)`);
    expect(ratio, `200 000 vs 20 000 attributes took ${ratio.toFixed(1)}× as long`).to.be.below(50);
    // a repeated attribute is still refused, however many precede it
    const dup = cda({ extraHeader: `<sdtc:extra ${Array.from({ length: 50_000 }, (_, i) => `b${i}="1"`).join(' ')} b7="2"/>` });
    expect(only(fromCda(dup), 'malformed-xml').message.en).to.contain('b7');
  });

  it('40 000 orders, half with placeholder NREs: each reported with its path, in linear time', () => {
    const withOrders = (n: number) => {
      let orders = '';
      for (let i = 0; i < n; i++) orders += `<inFulfillmentOf><order><id root="2.16.840.1.113883.2.9.4.3.8" extension="${i % 2 ? `NRE${i}` : '[NRE]'}"/></order></inFulfillmentOf>`;
      return cda({ extraHeader: orders });
    };
    // 2 500 against 40 000 (16×): linear ≈ 16, quadratic ≈ 256; the limit, half the quadratic ratio,
    // leaves room for the garbage collector, which 20 000 issues with their paths keep busy (this
    // linear reader measured 14.6 and 57.4 in Node, a loaded browser more). 5 000 against 20 000
    // (4×, limit 10 against a linear 4 and a quadratic 16) left none: it failed at 12.9 and 17.6.
    const small = withOrders(2_500);
    const big = withOrders(40_000);
    timeOf(small, 1);
    timeOf(big, 1);
    const tSmall = timeOf(small, 5);
    const tBig = timeOf(big, 5);
    const ratio = tBig / Math.max(tSmall, 0.5);
    console.log(`fromCda, orders in one header: 2 500 → ${tSmall.toFixed(1)} ms, 40 000 → ${tBig.toFixed(1)} ms (fastest), ratio ${ratio.toFixed(1)} (linear ≈ 16, quadratic ≈ 256)`);
    expect(ratio, `40 000 vs 2 500 orders took ${ratio.toFixed(1)}× as long`).to.be.below(128);
    const r = fromCda(big);
    const placeholders = r.issues.filter((i) => i.code === 'placeholder-value');
    expect(placeholders).to.have.length(20_000);
    expect(placeholders[1]!.path).to.equal('$/ClinicalDocument/inFulfillmentOf[3]/order/id/@extension');
    expect(docs(r)[0]!.document!.nre).to.have.length(20_000);
  });
});

describe('parseXml', () => {
  it('strips prefixes, keeps attributes by local name, decodes references, skips comments and PIs', () => {
    const { root, problem } = parseXml('<?xml version="1.0"?><!-- c --><a:r xmlns:a="urn:x" b:k="1&lt;2"><?pi x?><c>t&#65;</c><c/></a:r>');
    expect(problem).to.equal(undefined);
    expect(root!.name).to.equal('r');
    expect(root!.ns).to.equal('urn:x');
    expect(root!.attrs.get('k')).to.equal('1<2');
    expect(root!.children).to.have.length(2);
    expect((root!.children[0] as { children: string[] }).children).to.deep.equal(['tA']);
  });

  it('refuses a second root and text after the root', () => {
    expect(parseXml('<a/><b/>').problem?.code).to.equal('malformed-xml');
    expect(parseXml('<a/>x').problem?.code).to.equal('malformed-xml');
  });
});

describe('fromCda — properties', () => {
  const check = (r: FromFhirResult) => {
    expect(r.record.events).to.be.an('array');
    const ids = new Set<string>();
    for (const e of r.record.events) {
      expect(Number.isFinite(e.date.start) && e.date.end > e.date.start, e.id).to.equal(true);
      expect(ids.has(e.id), e.id).to.equal(false);
      ids.add(e.id);
    }
    for (const i of r.issues) {
      expect(['error', 'warning', 'info']).to.include(i.severity);
      expect(i.path.startsWith('$')).to.equal(true);
      expect(i.message.it && i.message.en).to.be.a('string');
    }
  };

  it('random strings never throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: fc.constantFrom('<', '>', '/', '&', ';', '"', '=', 'a', ' ', '!', '?', '[', ']', '-', '#'), maxLength: 200 })), (s) => {
        check(fromCda(s));
      }),
      { numRuns: 400 },
    );
  });

  it('random mutations of a real CDA never throw, and a mutation that leaves the XML well-formed still gives one document', async () => {
    const res = await fetch('/gateway/mds-cda-LAB.xml');
    const text = await res.text();
    const mutation = fc.oneof(
      fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 400 }) }),
      fc.record({ op: fc.constant('insert' as const), at: fc.nat(), s: fc.string({ unit: fc.constantFrom('<', '>', '&', '"', '/', 'x', '1', '+', ' ', '\u0000', 'é'), maxLength: 12 }) }),
      fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 2000 }) }),
      fc.record({ op: fc.constant('digit' as const), at: fc.nat(), d: fc.integer({ min: 0, max: 9 }) }),
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
        let s = text;
        for (const m of ms) {
          const at = m.at % (s.length + 1);
          if (m.op === 'delete') s = s.slice(0, at) + s.slice(at + m.len);
          else if (m.op === 'insert') s = s.slice(0, at) + m.s + s.slice(at);
          else if (m.op === 'duplicate') s = s.slice(0, at) + s.slice(at, at + m.len) + s.slice(at);
          else {
            // change a digit inside an attribute value (dates, codes, ids): the XML stays well-formed
            let k = at;
            while (k < s.length && !(s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57)) k++;
            if (k < s.length) s = s.slice(0, k) + String(m.d) + s.slice(k + 1);
          }
        }
        const r = fromCda([s, text]);
        check(r);
        if (parseXml(s).root?.name === 'ClinicalDocument') expect(r.issues.filter((i) => i.code === 'malformed-xml')).to.have.length(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('HL7 TS dates (fse-2.0.md §2.5)', () => {
  it('every TS precision becomes the ISO form readFuzzyDate reads, with its precision', () => {
    const cases: [string, string | undefined][] = [
      ['20220330112426+0100', '2022-03-30T11:24:26+01:00'],
      ['20220330112426.1234+0100', '2022-03-30T11:24:26.123+01:00'],
      ['202203301124-0500', '2022-03-30T11:24-05:00'],
      ['2022033011+0100', '2022-03-30T11:00+01:00'],
      ['20220330+0100', '2022-03-30'],
      ['20220330', '2022-03-30'],
      ['202203', '2022-03'],
      ['2022', '2022'],
      ['20220330112426Z', '2022-03-30T11:24:26Z'],
      ['2022-03-30', undefined],
      ['20220330112426+01', undefined],
      ['2022033', undefined],
      ['abcd', undefined],
      ['', undefined],
    ];
    for (const [ts, iso] of cases) expect(hl7TsToIso(ts), ts).to.equal(iso);
  });

  it('a month-precision birthTime spans the month; a day stays a local day across DST', () => {
    const r = fromCda(cda({ recordTarget: `<recordTarget><patientRole><id root="2.16.840.1.113883.2.9.4.3.2" extension="${CF}"/><patient><birthTime value="198002"/></patient></patientRole></recordTarget>` }));
    expect(r.record.patient.birthDate).to.include({ iso: '1980-02', precision: 'month' });
    const d = fromCda(cda({ effectiveTime: '<effectiveTime value="20240331"/>' }));
    const day = d.record.events[0]!.document!.creationTime!;
    expect(day.precision).to.equal('day');
    expect((day.end - day.start) / 3_600_000).to.equal(23);
  });
});
