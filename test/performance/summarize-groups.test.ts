import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortColumn, sortedOrder } from '../../src/performance/sorted-order.js';
import { summarize } from '../../src/performance/summarize.js';
import { summarizeGroups } from '../../src/performance/summarize-groups.js';

describe('sortedOrder', () => {
  it('orders doubles of every sign and size, NaN left out, ties by position', () => {
    const values = [3.5, -1, NaN, 0, 1e12, -2.25e-3, 3.5, 86_400, 0.001];
    expect([...sortedOrder(values)]).toEqual([1, 5, 3, 8, 0, 6, 7, 4]);
  });
  it('equals a comparison sort on random columns', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: 0, max: 1e6 }).map((x) => x / 1000))), (values) => {
        const expected = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
        // -0 and 0 compare equal above but are distinct bit patterns: compare the values in order instead.
        expect([...sortedOrder(values)].map((i) => values[i])).toEqual(expected.map((i) => values[i]));
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});

describe('sortColumn', () => {
  it('sorts whole milliseconds by integer key (years long and sub-second values) and returns the values in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 45 }).map((ms) => ms / 1000)), (values) => {
        const { order, sorted } = sortColumn(values);
        expect([...sorted]).toEqual([...values].sort((a, b) => a - b));
        expect([...order].map((i) => values[i])).toEqual([...sorted]);
      }),
      { numRuns: 200, seed: 13 },
    );
  });
  it('returns float values in order too', () => {
    const values = [0.1 + 0.2, -5e-324, 1e300, -0.5];
    expect([...sortColumn(values).sorted]).toEqual([-0.5, -5e-324, 0.1 + 0.2, 1e300]);
  });
});

describe('summarizeGroups', () => {
  it('equals summarize on each group, skipping NaN and negative groups', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -1, max: 4 }), fc.oneof(fc.constant(NaN), fc.integer({ min: 0, max: 1e7 })))), (pairs) => {
        const values = pairs.map(([, v]) => v);
        const groupOf = pairs.map(([g]) => g);
        const summaries = summarizeGroups(values, groupOf, 5);
        for (let g = 0; g < 5; g++) {
          const expected = summarize(values.filter((v, i) => groupOf[i] === g && !Number.isNaN(v)));
          expect(summaries[g]).toEqual(expected);
        }
      }),
      { numRuns: 200, seed: 12 },
    );
  });
});
