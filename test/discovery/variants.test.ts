import { describe, expect, it } from 'vitest';
import { variantRows, variantsOf } from '../../src/discovery/variants.js';
import { logFromTraces } from '../../src/log/log-from-rows.js';

const names = (log: ReturnType<typeof logFromTraces>, ids: Int32Array): string[] => Array.from(ids, (id) => log.activities.nameOf(id));

describe('variantsOf', () => {
  const log = logFromTraces([['a', 'b', 'c'], ['a', 'c'], ['a', 'b', 'c'], ['a', 'c'], ['a', 'b'], ['b']]);

  it('groups cases by sequence, most frequent first, ties by sequence', () => {
    const variants = variantsOf(log);
    expect(variants.map((v) => [names(log, v.activities), v.count])).toEqual([
      [['a', 'b', 'c'], 2],
      [['a', 'c'], 2],
      [['a', 'b'], 1],
      [['b'], 1],
    ]);
    expect(Array.from(variants[0]!.cases)).toEqual([0, 2]);
    expect(Array.from(variants[1]!.cases)).toEqual([1, 3]);
  });

  it('counts every case exactly once', () => {
    const variants = variantsOf(log);
    expect(variants.reduce((sum, v) => sum + v.count, 0)).toBe(log.caseIds.length);
  });

  it('reports share, cumulative share and median throughput; --top and --coverage cut the list', () => {
    const timed = logFromTraces([
      [['a', 0], ['b', 60_000]],
      [['a', 0], ['b', 180_000]],
      [['a', 0], ['c', 10_000]],
    ]);
    const rows = variantRows(timed, variantsOf(timed));
    expect(rows).toEqual([
      { activities: ['a', 'b'], count: 2, share: 2 / 3, cumulativeShare: 2 / 3, medianThroughput: 120 },
      { activities: ['a', 'c'], count: 1, share: 1 / 3, cumulativeShare: 1, medianThroughput: 10 },
    ]);
    expect(variantRows(timed, variantsOf(timed), { top: 1 })).toHaveLength(1);
    expect(variantRows(timed, variantsOf(timed), { coverage: 0.5 })).toHaveLength(1);
    expect(variantRows(timed, variantsOf(timed), { coverage: 0.7 })).toHaveLength(2);
  });
});
