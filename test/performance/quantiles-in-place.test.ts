import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderStatistics, quantilesInPlace } from '../../src/performance/quantiles-in-place.js';
import { summarize, summarizeInPlace } from '../../src/performance/summarize.js';

/** Type-7 quantile of a sorted copy: the definition every path must meet exactly. */
function reference(values: readonly number[], p: number): number {
  const sorted = Float64Array.from(values).sort();
  const index = (sorted.length - 1) * p;
  const lower = Math.floor(index);
  const low = sorted[lower] as number;
  return index === lower ? low : low + (index - lower) * ((sorted[lower + 1] as number) - low);
}

const PS = [0, 0.1, 0.5, 0.9, 0.95, 1];

describe('quantilesInPlace', () => {
  it('gives summarizeInPlace’s median, p90 and p95 exactly, on each path (insertion, selection, leading bits)', () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 90 * 86_400 }), fc.integer({ min: 0, max: 10_000_000 }).map((ms) => ms / 1000), fc.constantFrom(0, 60, 3600));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 700 }), (base, repeat) => {
        // Repeating a short random list reaches the leading-bits path (8,192 values and more) with heavy duplicates.
        const list = Array.from({ length: base.length * repeat }, (_, i) => (base[i % base.length] as number) + (i % 7 === 0 ? i : 0));
        const expected = summarizeInPlace(Float64Array.from(list));
        const [median, p90, p95] = quantilesInPlace(Float64Array.from(list), [0.5, 0.9, 0.95]);
        expect([median, p90, p95]).toEqual([expected.median, expected.p90, expected.p95]);
      }),
      { seed: 31, numRuns: 200 },
    );
  });

  it('equals the sorted-copy definition for any ascending set of quantiles, negatives and wide ranges included', () => {
    const value = fc.oneof(fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -50, max: 50 }), fc.constant(1e-310));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 200 }), fc.constantFrom(1, 50, 100), (base, repeat) => {
        const list = Array.from({ length: base.length * repeat }, (_, i) => (Object.is(base[i % base.length], -0) ? 0 : (base[i % base.length] as number)));
        const actual = quantilesInPlace(Float64Array.from(list), PS);
        PS.forEach((p, i) => expect(Object.is(actual[i], reference(list, p)), `p ${p}`).toBe(true));
      }),
      { seed: 32, numRuns: 150 },
    );
  });

  it('leaves -0, infinities and negative subnormals to selection on large lists, with the same figures', () => {
    const list = Array.from({ length: 20_000 }, (_, i) => [i, -0, Infinity, -Infinity, -5e-324, 0.5][i % 6] as number);
    const actual = quantilesInPlace(Float64Array.from(list), PS);
    // -0 and 0 are one order statistic (compared as numbers); between two -Infinity the interpolation is NaN.
    PS.forEach((p, i) => expect(actual[i] === reference(list, p) || Object.is(actual[i], reference(list, p)), `p ${p}`).toBe(true));
    const expected = summarize(list);
    expect(quantilesInPlace(Float64Array.from(list), [0.5, 0.9, 0.95])).toEqual([expected.median, expected.p90, expected.p95]);
  });

  it('gives 0 for every quantile of no values, as the empty summary', () => {
    expect(quantilesInPlace(new Float64Array(0), [0.5, 0.9])).toEqual([0, 0]);
  });
});

describe('orderStatistics', () => {
  it('gives the values at the ranks of the sorted list, and leaves the list as it was', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 40 }), fc.constantFrom(1, 300), fc.integer({ min: 0, max: 1000 }), (base, repeat, pick) => {
        const list = Float64Array.from({ length: base.length * repeat }, (_, i) => (base[i % base.length] as number) * 60 + (i % 3));
        const before = Float64Array.from(list);
        const sorted = Float64Array.from(list).sort();
        const ranks = [...new Set([0, pick % list.length, Math.floor(list.length / 2), list.length - 1])].sort((a, b) => a - b);
        expect(orderStatistics(list, ranks)).toEqual(ranks.map((rank) => sorted[rank]));
        expect(list).toEqual(before);
      }),
      { seed: 33, numRuns: 200 },
    );
  });

  it('gives the same order statistics for whole numbers in an Int32Array as for their doubles, on either path', () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 90 * 86_400 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.constantFrom(0, 1, 60, 3600, 65_535, 65_536));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 40 }), fc.constantFrom(1, 300), fc.integer({ min: 0, max: 1000 }), (base, repeat, pick) => {
        const list = Int32Array.from({ length: base.length * repeat }, (_, i) => (base[i % base.length] as number) - (i % 5 === 0 && (base[i % base.length] as number) > 0 ? 1 : 0));
        const before = Int32Array.from(list);
        const sorted = Float64Array.from(list).sort();
        const ranks = [...new Set([0, pick % list.length, Math.floor(list.length / 2), list.length - 1])].sort((a, b) => a - b);
        expect(orderStatistics(list, ranks)).toEqual(ranks.map((rank) => sorted[rank]));
        expect(list).toEqual(before);
      }),
      { seed: 34, numRuns: 200 },
    );
    // A negative number leaves the list to selection on a copy, with the same figures.
    const mixed = Int32Array.from({ length: 10_000 }, (_, i) => (i % 97) - 3);
    expect(orderStatistics(mixed, [0, 5000, 9999])).toEqual([-3, Float64Array.from(mixed).sort()[5000], 93]);
  });
});
