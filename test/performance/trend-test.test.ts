import fc from 'fast-check';
import { errorFunction } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { summarizeInPlace } from '../../src/performance/summarize.js';
import { countTrend, MIN_TREND_PERIODS, trendTest } from '../../src/performance/trend-test.js';
import { mulberry32 } from '../helpers/random-log.js';

const positions = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('trendTest (Mann–Kendall with Sen slope)', () => {
  it('flags a steady rise and gives its slope', () => {
    const values = [10, 12, 11, 15, 14, 18, 20, 19, 24, 25];
    const trend = trendTest(positions(10), values);
    // 45 pairs, 3 discordant (12 > 11, 15 > 14, 20 > 19): S = 42 - 3 = 39.
    expect(trend.tau).toBeCloseTo((45 - 2 * 3) / 45, 10);
    expect(trend.rising).toBe(true);
    expect(trend.p).toBeLessThan(0.001);
    expect(trend.slopePerPeriod).toBeGreaterThan(1);
    expect(trend.slopePerPeriod).toBeLessThan(2);
  });
  it('does not flag noise, a fall, or too short a series', () => {
    expect(trendTest(positions(10), [5, 9, 4, 8, 5, 9, 4, 8, 5, 7]).rising).toBe(false);
    expect(trendTest(positions(10), [25, 24, 20, 19, 18, 15, 14, 12, 11, 10]).rising).toBe(false);
    expect(trendTest(positions(5), [1, 2, 3, 4, 5])).toMatchObject({ periods: 5, p: 1, rising: false });
  });
  it('uses the positions given (gaps allowed) for the slope', () => {
    expect(trendTest([0, 2, 4, 6, 8, 10], [0, 2, 4, 6, 8, 10]).slopePerPeriod).toBe(1);
  });
  it('matches the normal approximation by hand for n = 10 without ties', () => {
    // One swapped pair: S = 44 - 1 = 43; Var(S) = 10·9·25/18 = 125; Z = (43 - 1)/√125; p = erfc(Z/√2).
    const trend = trendTest(positions(10), [1, 2, 3, 4, 5, 6, 7, 8, 10, 9]);
    expect(trend.p).toBeCloseTo(0.00017224, 6);
    expect(trend.tau).toBeCloseTo(43 / 45, 12);
  });
});

/** The test as first written (every slope stored, ties in a Map): the reference the counting shortcut must equal. */
function referenceTrend(at: readonly number[], values: readonly number[]): { periods: number; slopePerPeriod: number; tau: number; p: number; rising: boolean } {
  const m = values.length;
  if (m < MIN_TREND_PERIODS) return { periods: m, slopePerPeriod: 0, tau: 0, p: 1, rising: false };
  let s = 0;
  const slopes = new Float64Array((m * (m - 1)) / 2);
  let k = 0;
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      const difference = (values[j] as number) - (values[i] as number);
      s += Math.sign(difference);
      slopes[k++] = difference / ((at[j] as number) - (at[i] as number));
    }
  }
  const ties = new Map<number, number>();
  for (const value of values) ties.set(value, (ties.get(value) ?? 0) + 1);
  let tieTerm = 0;
  for (const t of ties.values()) tieTerm += t * (t - 1) * (2 * t + 5);
  const variance = (m * (m - 1) * (2 * m + 5) - tieTerm) / 18;
  const z = variance > 0 ? (s > 0 ? s - 1 : s < 0 ? s + 1 : 0) / Math.sqrt(variance) : 0;
  const p = Math.min(1, Math.max(0, 1 - errorFunction(Math.abs(z) / Math.SQRT2)));
  const slopePerPeriod = summarizeInPlace(slopes).median;
  return { periods: m, slopePerPeriod, tau: s / ((m * (m - 1)) / 2), p, rising: p < 0.05 && slopePerPeriod > 0 };
}

describe('trendTest shortcut (median slope 0 from sign counts) against the reference computation', () => {
  const same = (at: readonly number[], values: readonly number[]): void => {
    const actual = trendTest(at, values);
    const expected = referenceTrend(at, values);
    for (const key of ['periods', 'slopePerPeriod', 'tau', 'p', 'rising'] as const) expect(Object.is(actual[key], expected[key]), `${key}: ${actual[key]} vs ${expected[key]}`).toBe(true);
  };
  it('agrees on seeded random queues: mostly idle, flat, small counts, doubles, gaps, NaN, ±∞, -0, denormals, repeated positions', () => {
    const value = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 3 }) },
      { weight: 3, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
      { weight: 1, arbitrary: fc.constantFrom(NaN, -0, 0, Infinity, -Infinity, 5e-324, -5e-324) },
    );
    const series = fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), value), { minLength: 0, maxLength: 60 });
    fc.assert(
      fc.property(series, fc.boolean(), (steps, repeat) => {
        let position = 0;
        const at = steps.map(([step], i) => (position += repeat && i % 7 === 3 ? 0 : step));
        same(at, steps.map(([, v]) => v));
      }),
      { seed: 2026, numRuns: 3000 },
    );
  });
  it('agrees on long flat and nearly flat series (the resource queues of a large log)', () => {
    const random = mulberry32(7);
    for (let run = 0; run < 200; run++) {
      const m = 6 + Math.floor(random() * 110);
      const busy = random() * 0.3;
      const values = Array.from({ length: m }, () => (random() < busy ? 1 + Math.floor(random() * 3) : 0));
      same(positions(m), values);
    }
  });
});

describe('countTrend (whole-number counts at consecutive positions) against trendTest', () => {
  const sameAsTrendTest = (counts: Int32Array, start: number, m: number): void => {
    const expected = trendTest(Array.from({ length: m }, (_, i) => 40 + i), counts.subarray(start, start + m));
    const actual = countTrend(counts, start, m);
    for (const key of ['test', 'periods', 'slopePerPeriod', 'tau', 'p', 'rising'] as const) expect(Object.is(actual[key], expected[key]), `${key}: ${actual[key]} vs ${expected[key]}`).toBe(true);
  };
  it('agrees bit for bit on queues: idle, small counts, counts past the tally (≥ 64), negative counts, short series', () => {
    const count = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 3 }) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: 200 }) }, { weight: 1, arbitrary: fc.integer({ min: -3, max: 3 }) });
    fc.assert(
      fc.property(fc.array(count, { minLength: 0, maxLength: 80 }), fc.nat(5), (list, pad) => {
        const counts = Int32Array.from([...Array.from({ length: pad }, () => 9), ...list, 9]);
        // A trendTest between calls leaves its own scratch dirty: countTrend must not read it.
        trendTest(Array.from({ length: 8 }, (_, i) => i), [1, 5, 1, 5, 2, 2, 7, 0]);
        sameAsTrendTest(counts, pad, list.length);
      }),
      { seed: 4, numRuns: 3000 },
    );
  });
  it('agrees on long mostly idle series (applicants in a large log)', () => {
    const random = mulberry32(11);
    for (let run = 0; run < 300; run++) {
      const m = 6 + Math.floor(random() * 110);
      const busy = random() * 0.2;
      const counts = Int32Array.from({ length: m + 3 }, () => (random() < busy ? 1 + Math.floor(random() * 2) : 0));
      sameAsTrendTest(counts, 3, m);
    }
  });
});
