import { describe, expect, it } from 'vitest';
import { compareVariants } from '../../src/compare/compare-variants.js';
import { variantRows, variantsOf } from '../../src/discovery/variants.js';
import { logFromTraces } from '../../src/log/log-from-rows.js';

const rows = (traces: string[][]) => {
  const log = logFromTraces(traces);
  return variantRows(log, variantsOf(log));
};
const repeat = (n: number, trace: string[]): string[][] => Array.from({ length: n }, () => trace);

describe('compareVariants', () => {
  const before = rows([...repeat(6, ['a', 'b', 'c']), ...repeat(3, ['a', 'c']), ['a', 'x']]);
  const after = rows([...repeat(2, ['a', 'b', 'c']), ...repeat(5, ['a', 'c']), ...repeat(3, ['a', 'd', 'c'])]);
  const result = compareVariants(before, after, 20);

  it('finds the variants that appeared and vanished, with counts and shares', () => {
    expect(result.old).toEqual({ variants: 3, cases: 10 });
    expect(result.new).toEqual({ variants: 3, cases: 10 });
    expect(result.counts).toEqual({ appearing: 1, vanishing: 1, persisting: 2 });
    // logFromTraces puts one event a minute: a trace of k steps takes (k - 1) minutes.
    expect(result.appearing).toEqual([{ activities: ['a', 'd', 'c'], count: 3, share: 0.3, medianThroughput: 120 }]);
    expect(result.vanishing).toEqual([{ activities: ['a', 'x'], count: 1, share: 0.1, medianThroughput: 60 }]);
    expect(result.appearingShare).toBe(0.3);
    expect(result.vanishingShare).toBe(0.1);
  });

  it('ranks persisting variants by their larger share, so one that collapsed still shows first', () => {
    expect(result.persisting.map((v) => [v.activities.join(''), v.old.count, v.new.count])).toEqual([
      ['abc', 6, 2],
      ['ac', 3, 5],
    ]);
    expect(result.persisting[0]?.share.old).toBe(0.6);
    expect(result.persisting[0]?.share.new).toBe(0.2);
    expect(result.persisting[0]?.share.absolute).toBeCloseTo(-0.4, 12);
    expect(result.persisting[1]?.share.relative).toBeCloseTo(2 / 3, 12);
  });

  it('keeps `limit` rows and counts the rest', () => {
    const capped = compareVariants(before, after, 1);
    expect(capped.persisting).toHaveLength(1);
    expect(capped.morePersisting).toBe(1);
    expect(capped.moreAppearing).toBe(0);
  });

  it('tells apart sequences whose joined labels would coincide', () => {
    const result2 = compareVariants(rows([['a b', 'c']]), rows([['a', 'b c']]), 20);
    expect(result2.counts).toEqual({ appearing: 1, vanishing: 1, persisting: 0 });
  });
});
