/**
 * The narrative tree: FHIR `text.div` and CDA section `<text>` kept as data (allowed elements,
 * colspan/rowspan/lang only), read with the strict XML reader; forbidden markup dropped and
 * reported, nothing executed, text never lost; depth and size limits.
 */
import { expect } from '@open-wc/testing';
import {
  fromCda,
  fromFhir,
  MAX_NARRATIVE_TABLES,
  narrativeOfXhtml,
  narrativeText,
  parseXml,
  narrativeOf,
  type NarrativeElement,
  type NarrativeNode,
} from '@percorso/model';

const X = (inner: string) => `<div xmlns="http://www.w3.org/1999/xhtml">${inner}</div>`;
const tree = (inner: string) => narrativeOfXhtml(X(inner), 'fallback');
const el = (n: NarrativeNode | undefined) => n as NarrativeElement;
/** Every tag in a tree. */
function tags(nodes: readonly NarrativeNode[], out: string[] = []): string[] {
  for (const n of nodes) if (typeof n !== 'string') (out.push(n.tag), tags(n.children, out));
  return out;
}
/** Every own key of every element (what attributes survive). */
function keys(nodes: readonly NarrativeNode[], out = new Set<string>()): Set<string> {
  for (const n of nodes) if (typeof n !== 'string') (Object.keys(n).forEach((k) => out.add(k)), keys(n.children, out));
  return out;
}

async function fhirFixture(name: string): Promise<unknown> {
  const res = await fetch(`/gateway/mds-fhir-${name}.json`);
  expect(res.ok, name).to.equal(true);
  return res.json();
}

describe('narrative tree', () => {
  it('keeps paragraphs, lists, tables with head, body, caption and spans, emphasis and line breaks', () => {
    const r = tree(
      '<p>Uno <b>due</b> <i>tre</i> <em>4</em> <strong>5</strong> <u>6</u> H<sub>2</sub>O m<sup>2</sup><br/>dopo</p>' +
        '<ul><li>a</li><li>b</li></ul><ol><li>c</li></ol><h3>Titolo</h3>' +
        '<table><caption>Esami</caption><thead><tr><th colspan="2">Analita</th></tr></thead><tbody><tr><td rowspan="2" lang="en">Hb</td><td>14</td></tr></tbody></table>',
    );
    expect(r.problems).to.deep.equal([]);
    expect(tags(r.nodes)).to.include.members(['p', 'b', 'i', 'em', 'strong', 'u', 'sub', 'sup', 'br', 'ul', 'ol', 'li', 'h3', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td']);
    const table = el(r.nodes.find((n) => typeof n !== 'string' && n.tag === 'table'));
    const th = el(el(el(table.children[1]).children[0]).children[0]);
    expect(th).to.deep.equal({ tag: 'th', children: ['Analita'], colspan: 2 });
    const td = el(el(el(table.children[2]).children[0]).children[0]);
    expect(td).to.deep.equal({ tag: 'td', children: ['Hb'], rowspan: 2, lang: 'en' });
    expect(narrativeText(r.nodes)).to.contain('Uno due tre 4 5 6 H2O m2').and.contain('Analita').and.contain('Hb 14');
  });

  it('drops every attribute but colspan, rowspan and lang, and keeps a link as its text', () => {
    const r = tree('<p class="x" id="y" title="z"><a href="https://example.org/r">il referto</a> <span data-x="1">ok</span></p>');
    expect([...keys(r.nodes)].sort()).to.deep.equal(['children', 'tag']);
    expect(narrativeText(r.nodes)).to.equal('il referto ok');
    expect(tags(r.nodes)).not.to.include('a');
  });

  it('drops script, style, event attributes and javascript: URLs, reports each, and keeps the text around them', () => {
    const r = tree(
      '<p onclick="alert(1)">prima</p><script>alert(2)</script><style>p{display:none}</style>' +
        '<p style="color:red">rosso</p><a href=" JaVa&#x09;script:alert(3)">link</a><img src="x" onerror="alert(4)"/><iframe src="javascript:alert(5)">i</iframe><p>dopo</p>',
    );
    const text = narrativeText(r.nodes);
    expect(text).to.contain('prima').and.contain('rosso').and.contain('link').and.contain('dopo');
    expect(text).not.to.contain('alert');
    expect(text).not.to.contain('display:none');
    const what = r.problems.map((p) => p.what);
    expect(what).to.include.members(['onclick', '<script>', '<style>', 'style', 'javascript:', 'onerror', '<iframe>']);
    expect(r.problems.every((p) => p.code === 'narrative-unsafe')).to.equal(true);
  });

  it('maps the CDA narrative block: paragraph, list (ordered), item, content styleCode, linkHtml, renderMultiMedia', () => {
    const doc = parseXml(
      '<text xmlns="urn:hl7-org:v3"><paragraph>Para <content styleCode="Bold">forte</content> <content>semplice</content></paragraph>' +
        '<list listType="ordered"><item>uno</item></list><list><item>due</item></list>' +
        '<linkHtml href="https://x">collegamento</linkHtml><renderMultiMedia referencedObject="IMG1"/></text>',
    ).root!;
    const r = narrativeOf(doc);
    expect(tags(r.nodes)).to.deep.equal(['p', 'b', 'span', 'ol', 'li', 'ul', 'li', 'span']);
    expect(narrativeText(r.nodes)).to.contain('Para forte semplice').and.contain('collegamento');
  });

  it('nested tables 50 deep: the first levels stay tables, the rest is kept as text and reported', () => {
    let inner = 'fondo';
    for (let i = 0; i < 50; i++) inner = `<table><tr><td>livello ${50 - i} ${inner}</td></tr></table>`;
    const r = tree(inner);
    expect(tags(r.nodes).filter((t) => t === 'table')).to.have.length(MAX_NARRATIVE_TABLES);
    const text = narrativeText(r.nodes);
    expect(text).to.contain('livello 1').and.contain('livello 50').and.contain('fondo');
    expect(r.problems.map((p) => p.code)).to.include('narrative-too-deep');
  });

  it('1 MB of text: keeps the first part, reports the rest', () => {
    const big = 'x'.repeat(600_000);
    const r = tree(`<p>${big}</p><p>${big}</p>`);
    const len = narrativeText(r.nodes).length;
    expect(len).to.be.greaterThan(400_000).and.at.most(500_001);
    expect(r.problems.map((p) => p.code)).to.include('value-too-long');
  });

  it('a div that is not well-formed XML is kept as plain text and reported', () => {
    const r = narrativeOfXhtml('<div>caf&egrave; <p>aperto', 'cafè\naperto');
    expect(narrativeText(r.nodes)).to.equal('cafè\naperto');
    expect(r.problems[0]!.code).to.equal('narrative-not-xhtml');
  });

  it('a DOCTYPE with entities is refused, never expanded', () => {
    const r = narrativeOfXhtml('<!DOCTYPE d [<!ENTITY a "AAAA">]><div>&a;&a;</div>', '');
    expect(r.problems[0]!.code).to.equal('narrative-not-xhtml');
    expect(narrativeText(r.nodes)).not.to.contain('AAAA');
  });

  it('fromFhir keeps the structure of the gateway LDO (lists) and RSA (tables) and reports forbidden markup with its path', async () => {
    const ldo = fromFhir(await fhirFixture('LDO'));
    const doc = ldo.record.events.find((e) => e.kind === 'document')!;
    const motivo = doc.document!.sections.find((s) => s.title === 'Motivo del ricovero')!;
    expect(tags(motivo.narrative!)).to.include.members(['ul', 'li']);
    expect(narrativeText(motivo.narrative!)).to.contain('Disturbo di panico');
    expect(motivo.text).to.contain('Disturbo di panico');
    const rsa = fromFhir(await fhirFixture('RSA'));
    const sec = rsa.record.events.find((e) => e.kind === 'document')!.document!.sections.find((s) => s.title === 'Storia Clinica')!;
    expect(tags(sec.narrative!)).to.include.members(['table', 'thead', 'th', 'tbody', 'td']);

    const json = (await fhirFixture('LDO')) as { entry: { resource: { resourceType: string; section?: { text?: { div: string } }[] } }[] };
    const comp = json.entry.find((e) => e.resource.resourceType === 'Composition')!.resource;
    comp.section![0]!.text!.div = X('<p onmouseover="steal()">Testo</p><script>steal()</script>');
    const bad = fromFhir(json);
    const issue = bad.issues.find((i) => i.code === 'narrative-unsafe');
    expect(issue, 'reported').to.exist;
    expect(issue!.path).to.match(/section\[0\]\.text\.div$/);
    const s0 = bad.record.events.find((e) => e.kind === 'document')!.document!.sections[0]!;
    expect(narrativeText(s0.narrative!)).to.equal('Testo');
  });

  it('fromCda keeps the structure of the gateway CDA sections', async () => {
    const xml = await (await fetch('/gateway/mds-cda-LDO.xml')).text();
    const r = fromCda(xml);
    const doc = r.record.events.find((e) => e.kind === 'document')!;
    const withTree = doc.document!.sections.filter((s) => s.narrative?.length);
    expect(withTree.length).to.be.greaterThan(3);
    for (const s of withTree) expect(narrativeText(s.narrative!).replace(/\s+/g, ' ')).to.equal(s.text!.replace(/\s+/g, ' '));
  });
});
