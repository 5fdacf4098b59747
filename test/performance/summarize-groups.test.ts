import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/performance/summarize.js';
import { groupMedians, summarizeGroups } from '../../src/performance/summarize-groups.js';

describe('summarizeGroups', () => {
  it('equals summarize on each group (order statistics exactly, sums up to rounding), skipping NaN and negative groups', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -1, max: 4 }), fc.oneof(fc.constant(NaN), fc.integer({ min: 0, max: 1e9 }).map((ms) => ms / 1000)))), (pairs) => {
        const values = pairs.map(([, v]) => v);
        const groupOf = pairs.map(([g]) => g);
        const summaries = summarizeGroups(values, groupOf, 5);
        for (let g = 0; g < 5; g++) {
          const expected = summarize(values.filter((v, i) => groupOf[i] === g && !Number.isNaN(v)));
          const actual = summaries[g];
          expect({ ...actual, mean: 0, total: 0 }).toEqual({ ...expected, mean: 0, total: 0 });
          expect(actual?.total).toBeCloseTo(expected.total, 6);
          expect(actual?.mean).toBeCloseTo(expected.mean, 6);
        }
      }),
      { numRuns: 200, seed: 12 },
    );
  });
  it('gives nothing for no groups, and empty summaries for groups without values', () => {
    expect(summarizeGroups([1, 2], [0, 0], 0)).toEqual([]);
    expect(summarizeGroups([1, NaN], [0, 1], 2)[1]).toEqual(summarize([]));
  });
});

describe('groupMedians', () => {
  it('gives summarizeGroups’ count and median bit for bit, for small (sorted) and large (selected) groups', () => {
    const value = fc.oneof(fc.constant(NaN), fc.integer({ min: 0, max: 1e9 }).map((ms) => ms / 1000), fc.constantFrom(0, 3600, 86_400));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -1, max: 3 }), value), { maxLength: 400 }), (pairs) => {
        const values = pairs.map(([, v]) => v);
        const groupOf = pairs.map(([g]) => g);
        const expected = summarizeGroups(values, groupOf, 4);
        const { counts, medians } = groupMedians(values, groupOf, 4);
        for (let g = 0; g < 4; g++) {
          expect(counts[g]).toBe(expected[g]?.count);
          expect(Object.is(medians[g], expected[g]?.median)).toBe(true);
        }
      }),
      { numRuns: 300, seed: 13 },
    );
  });
  it('gives nothing for no groups', () => {
    expect(groupMedians([1], [0], 0)).toEqual({ counts: new Int32Array(0), medians: new Float64Array(0) });
  });
});
