import { describe, expect, it } from 'vitest';
import { trendTest } from '../../src/performance/trend-test.js';

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
