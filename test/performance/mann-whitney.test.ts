import { describe, expect, it } from 'vitest';
import { mannWhitney } from '../../src/performance/mann-whitney.js';

describe('mannWhitney', () => {
  it("agrees with R's wilcox.test(x, y, exact = FALSE) on hand-checked samples", () => {
    // wilcox.test(c(1,2,3), c(4,5,6), exact = FALSE): W = 0, p = 0.08086 (W is U of the first sample).
    const apart = mannWhitney([1, 2, 3], [4, 5, 6]);
    expect(apart?.u).toBe(9);
    expect(apart?.probabilityNewLarger).toBe(1);
    expect(apart?.z).toBeCloseTo(4 / Math.sqrt(5.25), 12);
    expect(apart?.p).toBeCloseTo(0.080856, 5);
    expect(apart?.significant).toBe(false);
    // With ties: x = 1 2 2 3, y = 2 3 3 4. Ranks: 1 | 2 2 2 → 3 | 3 3 3 → 6 | 4 → 8.
    // Rank sum of y = 3 + 6 + 6 + 8 = 23, U = 23 - 10 = 13; tie term (3³-3)·2 = 48; var = 16/12 · (9 - 48/56).
    const tied = mannWhitney([1, 2, 2, 3], [2, 3, 3, 4]);
    expect(tied?.u).toBe(13);
    const variance = (16 / 12) * (9 - 48 / 56);
    expect(tied?.z).toBeCloseTo((13 - 8 - 0.5) / Math.sqrt(variance), 12);
  });

  it('finds a real shift in large samples and none between a sample and itself', () => {
    const before = Array.from({ length: 200 }, (_, i) => 3600 + (i % 50) * 60);
    const after = before.map((value) => value * 1.5);
    const shifted = mannWhitney(before, after);
    expect(shifted?.significant).toBe(true);
    expect(shifted?.p).toBeLessThan(1e-6);
    expect(shifted?.probabilityNewLarger).toBeGreaterThan(0.8);
    const same = mannWhitney(before, before);
    expect(same?.u).toBe(200 * 200 * 0.5);
    expect(same?.p).toBe(1);
    expect(same?.significant).toBe(false);
  });

  it('skips NaN (a case’s first event has no waiting) and gives null for an empty sample', () => {
    expect(mannWhitney([NaN, 1, 2], [3, NaN])?.n).toEqual([2, 1]);
    expect(mannWhitney([], [1])).toBeNull();
    expect(mannWhitney([NaN], [1])).toBeNull();
    // All values equal: no variance, no evidence of a shift.
    expect(mannWhitney([5, 5], [5, 5, 5])?.p).toBe(1);
  });
});
