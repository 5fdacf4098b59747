import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fisherExact, wilsonUpper } from '../../src/audit/statistics.js';

/** Fisher's two-sided p summed over every table with the margins, as R does: the reference for the shortcut. */
function fisherEveryTable(a: number, b: number, c: number, d: number): number {
  const table: number[] = [0];
  const lf = (k: number): number => {
    for (let i = table.length; i <= k; i++) table[i] = (table[i - 1] as number) + Math.log(i);
    return table[k] as number;
  };
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const n = row1 + row2;
  if (n === 0) return 1;
  const constant = lf(row1) + lf(row2) + lf(col1) + lf(n - col1) - lf(n);
  const logP = (x: number): number => constant - lf(x) - lf(row1 - x) - lf(col1 - x) - lf(row2 - col1 + x);
  const observed = logP(a);
  let p = 0;
  for (let x = Math.max(0, col1 - row2); x <= Math.min(row1, col1); x++) if (logP(x) <= observed + 1e-7) p += Math.exp(logP(x));
  return Math.min(1, p);
}

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

  it('sums only the tables that add anything, to the same bits as summing every table', () => {
    const cell = fc.oneof(fc.nat(20), fc.nat(2000), fc.nat(200_000));
    fc.assert(
      fc.property(cell, cell, cell, cell, (a, b, c, d) => {
        expect(Object.is(fisherExact(a, b, c, d), fisherEveryTable(a, b, c, d))).toBe(true);
      }),
      { seed: 51, numRuns: 400 },
    );
    expect(Object.is(fisherExact(19_001, 107_468, 12_873, 71_583), fisherEveryTable(19_001, 107_468, 12_873, 71_583))).toBe(true);
  });

  it('stays finite on large tables (log-factorials)', () => {
    const p = fisherExact(5000, 5000, 5000, 5000);
    expect(p).toBeGreaterThan(0.9);
    expect(p).toBeLessThanOrEqual(1);
  });
});
