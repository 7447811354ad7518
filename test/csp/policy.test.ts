/**
 * The CSP pages really run under the strict policy: otherwise the element and story suites beside
 * this one would pass for the wrong reason. Each check is what a portal's policy does to a page.
 */
import { expect } from '@open-wc/testing';
import { STRICT_POLICY, violationMark, violationsSince } from './support.js';

describe('strict CSP test pages', () => {
  it('are served with the strict policy as a header, plus only the test runner’s connect-src', async () => {
    const res = await fetch(location.href);
    expect(res.headers.get('content-security-policy')).to.equal(`${STRICT_POLICY}; connect-src 'self'`);
  });

  it('block a style attribute and report it', async () => {
    const mark = violationMark();
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: rgb(255, 0, 0)');
    document.body.append(probe);
    try {
      expect(getComputedStyle(probe).color).not.to.equal('rgb(255, 0, 0)');
      const v = await violationsSince(mark);
      expect(v.map((x) => x.directive)).to.include('style-src-attr');
    } finally {
      probe.remove();
    }
  });

  it('enforce Trusted Types: an HTML string cannot reach the DOM, and no policy but lit-html may be made', async () => {
    const probe = document.createElement('div');
    expect(() => {
      probe.innerHTML = '<b>x</b>'; // eslint-disable-line no-restricted-syntax -- the very thing the policy must refuse
    }).to.throw(TypeError);
    expect(probe.childNodes.length).to.equal(0);
    const tt = (window as unknown as { trustedTypes: { createPolicy(n: string, o: object): unknown } }).trustedTypes;
    expect(() => tt.createPolicy('another-policy', { createHTML: (s: string) => s })).to.throw(TypeError);
  });
});
