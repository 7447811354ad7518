/**
 * A small seeded pseudo-random generator (mulberry32) and the helpers the generator draws with.
 * Deterministic: the same seed gives the same sequence in every engine, so the same options give
 * byte-identical FHIR. Never `Math.random`.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    // Mix the seed (any finite number) into 32 bits so that 1, 2, 3… start far apart.
    let h = 0x9e3779b9 ^ Math.trunc(Number.isFinite(seed) ? seed : 0);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    this.state = (h ^ (h >>> 16)) >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Approximately normal (sum of three uniforms), mean and standard deviation given. */
  normal(mean: number, sd: number): number {
    return mean + sd * ((this.next() + this.next() + this.next() - 1.5) * 2);
  }

  /** A string of decimal digits. */
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(Math.floor(this.next() * 10));
    return s;
  }
}
