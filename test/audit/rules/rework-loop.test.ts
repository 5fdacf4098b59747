import { describe, expect, it } from 'vitest';
import { reworkLoop } from '../../../src/audit/rules/rework-loop.js';
import { contextOf, ruleOptions } from '../../helpers/signed-log.js';

describe('rework-loop', () => {
  it('counts cases, rounds and the time from each return to the next signature', () => {
    const context = contextOf([
      [['Submit', ''], ['Legal', 'returned'], ['Resubmit', '', 'x', 10], ['Legal', 'returned', 's', 2], ['Resubmit', '', 'x', 4], ['Legal', 'approved', 's', 1]],
      [['Submit', ''], ['Legal', 'approved']],
      [['Submit', ''], ['Legal', 'returned']], // returned, never signed again: no round
    ]);
    const [finding] = reworkLoop.check(context, ruleOptions());
    expect(finding?.cases).toEqual(['c1']);
    expect(finding?.metrics).toMatchObject({ cases: 1, rounds: 2, timeLostTotal: 17 * 3600 });
  });
});
