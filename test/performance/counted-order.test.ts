import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTING_MIN, countedOrderStatistics } from '../../src/performance/counted-order.js';
import { medianInPlace, summarize, summarizeInPlace } from '../../src/performance/summarize.js';
import { mulberry32 } from '../helpers/random-log.js';

/** countedOrderStatistics with its results as a plain array, or null. */
function counted(values: Float64Array, max: number, ranks: readonly number[]): number[] | null {
  const out = new Float64Array(ranks.length);
  return countedOrderStatistics(values, max, Float64Array.from(ranks), out) ? Array.from(out) : null;
}

/** Order statistics the plain way: sort a copy. */
function sortedAt(values: Float64Array, ranks: readonly number[]): number[] {
  const sorted = Float64Array.from(values).sort();
  return ranks.map((rank) => sorted[rank] as number);
}

const maxOf = (values: Float64Array): number => values.reduce((a, b) => Math.max(a, b), -Infinity);

describe('countedOrderStatistics', () => {
  it('reads the order statistics of whole multiples of a step off their counts, without reordering them', () => {
    let countedGroups = 0;
    const group = fc.tuple(fc.constantFrom(1, 60, 3600, 7), fc.array(fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: fc.integer({ min: 0, max: 3000 }) }), { minLength: 800, maxLength: 3000 }));
    fc.assert(
      fc.property(group, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }), ([step, multiples], fractions) => {
        const values = Float64Array.from(multiples, (m) => m * step);
        const copy = values.slice();
        const ranks = fractions.map((f) => Math.floor(f * (values.length - 1))).sort((a, b) => a - b);
        const statistics = counted(values, maxOf(values), ranks);
        if (statistics) {
          countedGroups++;
          expect(statistics).toEqual(sortedAt(values, ranks));
        }
        expect(values).toEqual(copy);
      }),
      { seed: 17, numRuns: 500 },
    );
    expect(countedGroups).toBeGreaterThan(400);
  });

  it('declines values it cannot count exactly: fractions, negatives, -0, NaN, infinities, too wide a range', () => {
    const base = Array.from({ length: 2000 }, (_, i) => (i % 50) * 60);
    for (const odd of [30.5, -60, -0, NaN, Infinity, 1e15]) {
      const values = Float64Array.from([...base, odd]);
      expect(counted(values, Math.max(3000, Number.isFinite(odd) ? odd : 3000), [0, 1000, 2000]), String(odd)).toBeNull();
    }
    // A step that is not the greatest common divisor of every value: one value off the sampled step.
    expect(counted(Float64Array.from([...base.map((v) => v + 60), 90]), 3000, [0, 5])).toBeNull();
    // Then the bins are clean for the next call.
    const values = Float64Array.from(base);
    expect(counted(values, maxOf(values), [0, 999, 1999])).toEqual(sortedAt(values, [0, 999, 1999]));
  });
});

describe('summarizeInPlace and medianInPlace on large groups of minutes (counted) equal the sorted summary', () => {
  it('gives the same order statistics, bit for bit, with many ties and zeros', () => {
    const random = mulberry32(5);
    for (let run = 0; run < 40; run++) {
      const n = COUNTING_MIN + Math.floor(random() * 20_000);
      const zeros = random() * 0.6;
      const list = Array.from({ length: n }, () => (random() < zeros ? 0 : Math.floor(random() * random() * 40_000) * 60));
      const expected = summarize(list);
      const actual = summarizeInPlace(Float64Array.from(list));
      for (const key of ['count', 'median', 'p90', 'p95', 'max', 'total'] as const) expect(Object.is(actual[key], expected[key]), `${key}`).toBe(true);
      expect(Object.is(medianInPlace(Float64Array.from(list)), expected.median)).toBe(true);
    }
  });
});
