import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankByTotal } from '../../src/performance/rank-by-total.js';

/** The ranking the plain way: a stable comparator sort of the ids in name order. */
function reference(byName: readonly number[], totals: Float64Array, counts: Int32Array): number[] {
  return byName.filter((id) => (counts[id] as number) > 0).sort((a, b) => (totals[b] as number) - (totals[a] as number) || (counts[b] as number) - (counts[a] as number));
}

describe('rankByTotal', () => {
  it('equals the stable comparator sort: many zero totals, ties on totals and counts, rows without events', () => {
    const row = fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constant(-0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 2, arbitrary: fc.double({ min: 0, max: 1e9, noNaN: true }) }, { weight: 1, arbitrary: fc.constant(Infinity) }), fc.integer({ min: 0, max: 6 }));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 200 }), fc.nat(), (rows, seed) => {
        const totals = Float64Array.from(rows.map(([total]) => total));
        const counts = Int32Array.from(rows.map(([, count]) => count));
        const byName = rows.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 211) - ((b * 7919 + seed) % 211) || a - b);
        expect(rankByTotal(byName, totals, counts)).toEqual(reference(byName, totals, counts));
      }),
      { seed: 9, numRuns: 1000 },
    );
  });
  it('falls back to the comparator sort when a total is negative or NaN', () => {
    const totals = Float64Array.from([0, 3, -1, NaN, 0, 3]);
    const counts = Int32Array.from([2, 1, 1, 4, 5, 1]);
    const byName = [5, 4, 3, 2, 1, 0];
    expect(rankByTotal(byName, totals, counts)).toEqual(reference(byName, totals, counts));
    expect(rankByTotal([], new Float64Array(0), new Int32Array(0))).toEqual([]);
  });
});
