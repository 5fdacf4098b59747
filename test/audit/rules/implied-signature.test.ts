import { describe, expect, it } from 'vitest';
import { impliedSignature } from '../../../src/audit/rules/implied-signature.js';
import { contextOf, ruleOptions, times, type SignedStep } from '../../helpers/signed-log.js';

const both = (a: string, b: string): SignedStep[] => [['Submit', ''], ['A', a], ['B', b]];

describe('implied-signature', () => {
  it('flags B when it repeats A every time, rejections included', () => {
    const context = contextOf([...times(30, both('approved', 'approved')), ...times(4, both('rejected', 'rejected'))]);
    const [finding] = impliedSignature.check(context, ruleOptions());
    expect(finding?.id).toBe('implied-signature:B|A');
    expect(finding?.activities).toEqual(['B', 'A']);
    expect(finding?.metrics).toMatchObject({ sharedCases: 34, agreements: 34, negativesRepeated: 4 });
  });

  it('does not flag agreement on approvals only, or one disagreement', () => {
    expect(impliedSignature.check(contextOf(times(40, both('approved', 'approved'))), ruleOptions())).toEqual([]);
    const disagree = [...times(30, both('approved', 'approved')), ...times(4, both('rejected', 'rejected')), both('approved', 'rejected')];
    expect(impliedSignature.check(contextOf(disagree), ruleOptions())).toEqual([]);
  });
});
