import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stepWaitingSummary, summaryOf } from '../../src/audit/summary-of.js';
import { summarize } from '../../src/performance/summarize.js';
import { contextOf } from '../helpers/signed-log.js';

describe('summaryOf', () => {
  it('equals summarize exactly on whole seconds (waiting from minute or second timestamps), and leaves its input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 90 * 86_400 }), { maxLength: 3000 }), (list) => {
        const input = Float64Array.from(list);
        expect(summaryOf(input)).toEqual(summarize(list));
        expect([...input]).toEqual(list);
      }),
      { seed: 12, numRuns: 300 },
    );
  });

  it('gives the order statistics of summarize exactly on fractional values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }).map((ms) => ms / 1000), { minLength: 1, maxLength: 2000 }), (list) => {
        const actual = summaryOf(list);
        const expected = summarize(list);
        expect({ ...actual, mean: 0, total: 0 }).toEqual({ ...expected, mean: 0, total: 0 });
        expect(actual.total).toBeCloseTo(expected.total, 6);
      }),
      { seed: 13, numRuns: 200 },
    );
  });

  it('summarizes the waiting of a step once per context', () => {
    const context = contextOf([
      [['Submit', ''], ['Check', 'approved', 'a', 2], ['Sign', 'approved', 'b', 5]],
      [['Submit', ''], ['Check', 'approved', 'a', 4]],
    ]);
    const check = context.signatures.stepNames.indexOf('Check');
    const summary = stepWaitingSummary(context, check);
    expect(summary).toEqual(summarize([7200, 14_400]));
    expect(stepWaitingSummary(context, check)).toBe(summary);
  });
});
