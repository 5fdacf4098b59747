import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize, summarizeInPlace, summarizeRange, summarizeSorted } from '../../src/performance/summarize.js';

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

describe('summarizeInPlace on small groups (sorted by insertion)', () => {
  it('gives summarize’s order statistics exactly for every size up to and past the cut-over', () => {
    const values = fc.array(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, Infinity, -Infinity)), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(values, (list) => {
        const clean = list.map((value) => (Object.is(value, -0) ? 0 : value));
        const expected = summarize(clean);
        const actual = summarizeInPlace(Float64Array.from(clean));
        for (const key of ['count', 'median', 'p90', 'p95', 'max'] as const) expect(Object.is(actual[key], expected[key]), `${key} of ${clean.join(',')}`).toBe(true);
        if (Number.isFinite(expected.total)) expect(actual.total).toBeCloseTo(expected.total, 0);
      }),
      { seed: 24, numRuns: 2000 },
    );
  });

  it('leaves NaN and -0 to the selection path, whose figures it keeps', () => {
    expect(summarizeInPlace(Float64Array.from([3, -0, 1, 0]))).toEqual(summarize([3, -0, 1, 0]));
    expect(summarizeInPlace(Float64Array.from([2, 1, 3])).median).toBe(2);
  });
});

describe('summarizeRange', () => {
  it('gives summarizeInPlace’s figures, bit for bit, for a range of a larger buffer, small and large, NaN and -0 included', () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(NaN, -0, 0, Infinity));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), fc.array(value, { maxLength: 5 }), (list, around) => {
        const buffer = Float64Array.from([...around, ...list, ...around]);
        const actual = summarizeRange(buffer, around.length, around.length + list.length);
        const expected = summarizeInPlace(Float64Array.from(list));
        for (const key of ['count', 'mean', 'median', 'p90', 'p95', 'max', 'total'] as const) expect(Object.is(actual[key], expected[key]), `${key} of ${list.join(',')}`).toBe(true);
        expect(Array.from(buffer.subarray(0, around.length))).toEqual(around);
      }),
      { seed: 31, numRuns: 2000 },
    );
  });
});

describe('summarize of whole numbers (selection instead of a sort)', () => {
  it('gives the sorted summary bit for bit: same order statistics, and a total that is exact in any order', () => {
    const values = fc.array(fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom(0, 60, 86_400)), { minLength: 1, maxLength: 3000 });
    fc.assert(
      fc.property(values, (list) => {
        const expected = summarizeSorted(Float64Array.from(list).sort());
        const actual = summarize(list);
        for (const key of ['count', 'mean', 'median', 'p90', 'p95', 'max', 'total'] as const) expect(Object.is(actual[key], expected[key]), key).toBe(true);
      }),
      { seed: 41, numRuns: 300 },
    );
    // Fractions, -0 and sums past 2^53 keep the sort.
    for (const list of [[0.1, 0.2, 0.3], [-0, 0, 1], [2 ** 53, 1, 1, 3]]) expect(summarize(list)).toEqual(summarizeSorted(Float64Array.from(list).sort()));
  });
});
