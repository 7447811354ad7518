import { expect } from '@open-wc/testing';

describe('test runner', () => {
  it('serves the gateway fixtures from ../shared', async () => {
    const res = await fetch('/gateway/mds-fhir-LAB.json');
    expect(res.status).to.equal(200);
    const json = (await res.json()) as { resourceType: string };
    expect(json.resourceType).to.equal('Bundle');
  });
  it('runs requestAnimationFrame (the page is visible)', async () => {
    const t = await new Promise<number>((r) => requestAnimationFrame(r));
    expect(t).to.be.greaterThan(0);
  });
});
