/**
 * The charts' linear scale (internal/linear.ts, in place of d3-scale's scaleLinear: issue 12 §Size):
 * where a value lands on a chart, the clamped medication bars, the results' nice axis and its ticks.
 */
import { expect } from '@open-wc/testing';
import { linearScale } from '../../packages/elements/src/internal/linear.js';

describe('linearScale (the charts’ value → coordinate map)', () => {
  it('maps the domain onto the range, inverted ranges (an SVG y axis) included', () => {
    const x = linearScale([2000, 3000], [0, 1000]);
    expect([x(2000), x(2500), x(3000), x(3500)]).to.deep.equal([0, 500, 1000, 1500]);
    const y = linearScale([0, 10], [90, 10]);
    expect([y(0), y(5), y(10)]).to.deep.equal([90, 50, 10]);
  });

  it('clamps when asked: a period before or after the bar’s span stays at its ends', () => {
    const x = linearScale([100, 200], [0, 1000], { clamp: true });
    expect([x(0), x(150), x(900)]).to.deep.equal([0, 500, 1000]);
  });

  it('puts everything in the middle when the domain is one value, as d3-scale does', () => {
    expect(linearScale([5, 5], [0, 100])(5)).to.equal(50);
  });

  it('extends the domain to round values and gives the ticks over it (the results’ y axis)', () => {
    const y = linearScale([3.7, 9.2], [100, 0], { nice: 4 });
    expect(y.domain()).to.deep.equal([2, 10]);
    expect(y.ticks(3)).to.deep.equal([2, 4, 6, 8, 10]);
    expect(y(2)).to.equal(100);
    expect(y(10)).to.equal(0);
    const hb = linearScale([118, 136], [100, 0], { nice: 4 });
    expect(hb.domain()).to.deep.equal([115, 140]);
    expect(hb.ticks(3)).to.deep.equal([120, 130, 140]);
  });
});
