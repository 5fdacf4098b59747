import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize, summarizeInPlace } from '../../src/performance/summarize.js';

describe('summarizeInPlace', () => {
  it('gives summarize’s order statistics exactly, and its mean and total up to rounding', () => {
    const values = fc.array(fc.oneof(fc.integer({ min: 0, max: 10_000_000 }).map((ms) => ms / 1000), fc.constantFrom(0, 60, 3600)), { minLength: 1, maxLength: 2000 });
    fc.assert(
      fc.property(values, (list) => {
        const expected = summarize(list);
        const actual = summarizeInPlace(Float64Array.from(list));
        expect({ ...actual, mean: 0, total: 0 }).toEqual({ ...expected, mean: 0, total: 0 });
        expect(actual.total).toBeCloseTo(expected.total, 6);
        expect(actual.mean).toBeCloseTo(expected.mean, 6);
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('handles the empty and single-value cases, and large inputs (Floyd–Rivest recursion)', () => {
    expect(summarizeInPlace(new Float64Array(0))).toEqual(summarize([]));
    expect(summarizeInPlace(Float64Array.from([7]))).toEqual(summarize([7]));
    const large = Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 50_000);
    expect(summarizeInPlace(Float64Array.from(large))).toEqual(summarize(large));
  });
});
