import { describe, expect, it } from 'vitest';
import { parallelizable } from '../../../src/audit/rules/parallelizable.js';
import { contextOf, ruleOptions, times, type SignedStep } from '../../helpers/signed-log.js';

const ab: SignedStep[] = [['Submit', ''], ['A', 'approved', 'a', 3], ['B', 'approved', 'b', 5]];
const ba: SignedStep[] = [['Submit', ''], ['B', 'approved', 'b', 5], ['A', 'approved', 'a', 3]];

describe('parallelizable', () => {
  it('flags two steps seen in both orders with independent decisions; the saving is the shorter wait', () => {
    const [finding] = parallelizable.check(contextOf([...times(20, ab), ...times(20, ba)]), ruleOptions());
    expect(finding?.activities.slice().sort()).toEqual(['A', 'B']);
    expect(finding?.metrics).toMatchObject({ sharedCases: 40, firstBeforeSecond: 20, secondBeforeFirst: 20, savingMedian: 3 * 3600 });
  });

  it('does not flag a fixed order', () => {
    expect(parallelizable.check(contextOf(times(40, ab)), ruleOptions())).toEqual([]);
  });

  it("does not flag a pair where one's decision depends on the order", () => {
    const baReject: SignedStep[] = [['Submit', ''], ['B', 'approved'], ['A', 'rejected']];
    expect(parallelizable.check(contextOf([...times(20, ab), ...times(20, baReject)]), ruleOptions())).toEqual([]);
  });
});
