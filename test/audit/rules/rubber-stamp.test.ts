import { describe, expect, it } from 'vitest';
import { rubberStamp } from '../../../src/audit/rules/rubber-stamp.js';
import { contextOf, ruleOptions, times } from '../../helpers/signed-log.js';

describe('rubber-stamp', () => {
  it('flags a step with zero rejections in at least --min-support cases, with its waiting', () => {
    const context = contextOf(times(30, [['Submit', ''], ['Stamp', 'approved', 's', 5], ['Check', 'approved']]).concat([[['Submit', ''], ['Stamp', 'approved', 's', 5], ['Check', 'rejected']]]));
    const findings = rubberStamp.check(context, ruleOptions());
    expect(findings.map((f) => f.id)).toEqual(['rubber-stamp:Stamp']);
    expect(findings[0]?.metrics).toMatchObject({ cases: 31, rejections: 0, waitingMedian: 5 * 3600, waitingTotal: 31 * 5 * 3600 });
    expect(findings[0]?.cases).toHaveLength(31);
  });

  it('needs the support: 29 cases are not enough', () => {
    expect(rubberStamp.check(contextOf(times(29, [['Submit', ''], ['Stamp', 'approved']])), ruleOptions())).toEqual([]);
    expect(rubberStamp.check(contextOf(times(29, [['Submit', ''], ['Stamp', 'approved']])), ruleOptions({ minSupport: 20 }))).toHaveLength(1);
  });

  it('flags a step with rejections when the Wilson bound is below --max-reject-rate, not above', () => {
    const cases = times(999, [['Submit', ''], ['Stamp', 'approved']]).concat([[['Submit', ''], ['Stamp', 'returned']]]);
    expect(rubberStamp.check(contextOf(cases), ruleOptions())[0]?.metrics).toMatchObject({ rejections: 1, signatures: 1000 });
    expect(rubberStamp.check(contextOf(cases.slice(900)), ruleOptions())).toEqual([]);
  });

  it('writes Persian messages', () => {
    const [finding] = rubberStamp.check(contextOf(times(30, [['ثبت', ''], ['امضا', 'تایید']])), ruleOptions({ lang: 'fa' }));
    expect(finding?.message).toContain('«امضا»');
    expect(finding?.message).toContain('۳۰');
  });
});
