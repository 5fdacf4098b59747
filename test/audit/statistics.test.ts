import { describe, expect, it } from 'vitest';
import { fisherExact, wilsonUpper } from '../../src/audit/statistics.js';

describe('wilsonUpper', () => {
  it('matches the Wilson score interval (95%)', () => {
    // 0 of 30: z²/(n+z²) = 3.8415/33.8415.
    expect(wilsonUpper(0, 30)).toBeCloseTo(0.11351, 5);
    // 1 of 1000 by hand: (0.001 + z²/2000 + z·sqrt(0.000999/1000 + z²/4e6)) / (1 + z²/1000) = 0.0056426.
    expect(wilsonUpper(1, 1000)).toBeCloseTo(0.0056426, 6);
    expect(wilsonUpper(0, 0)).toBe(1);
  });
});

describe('fisherExact', () => {
  it("matches R's fisher.test (two-sided)", () => {
    // Lady tasting tea: fisher.test(matrix(c(3,1,1,3),2))$p.value = 0.4857143.
    expect(fisherExact(3, 1, 1, 3)).toBeCloseTo(0.4857143, 6);
    // fisher.test(matrix(c(10,0,0,10),2))$p.value = 1.082509e-05.
    expect(fisherExact(10, 0, 0, 10)).toBeCloseTo(1.082509e-5, 10);
    // fisher.test(matrix(c(17,137,15,112),2))$p.value: no association.
    expect(fisherExact(17, 137, 15, 112)).toBeGreaterThan(0.8);
    expect(fisherExact(0, 0, 0, 0)).toBe(1);
  });

  it('stays finite on large tables (log-factorials)', () => {
    const p = fisherExact(5000, 5000, 5000, 5000);
    expect(p).toBeGreaterThan(0.9);
    expect(p).toBeLessThanOrEqual(1);
  });
});
