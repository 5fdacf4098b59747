import { describe, expect, it } from 'vitest';
import { segregationOfDuties } from '../../../src/audit/rules/segregation-of-duties.js';
import { contextOf, ruleOptions } from '../../helpers/signed-log.js';

describe('segregation-of-duties', () => {
  const context = contextOf([
    [['Submit', '', 'ann'], ['Check', 'approved', 'ann'], ['Sign', 'approved', 'bo']], // c1: requester approves
    [['Submit', '', 'ann'], ['Check', 'rejected', 'ann']], // c2: a rejection is not an approval
    [['Submit', '', 'cy'], ['Check', 'approved', 'bo'], ['Sign', 'approved', 'bo']], // c3: four eyes broken
  ]);

  it('flags the requester approving their own case', () => {
    const findings = segregationOfDuties.check(context, ruleOptions());
    expect(findings.map((f) => [f.id, f.cases, f.severity])).toEqual([['segregation-of-duties:requester:Check', ['c1'], 'high']]);
  });

  it('flags --four-eyes pairs signed by one person', () => {
    const findings = segregationOfDuties.check(context, ruleOptions({ fourEyes: [['Check', 'Sign']] }));
    const pair = findings.find((f) => f.id === 'segregation-of-duties:four-eyes:Check|Sign');
    expect(pair?.cases).toEqual(['c3']);
  });
});
