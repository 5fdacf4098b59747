import { describe, expect, it } from 'vitest';
import { optionalSignature } from '../../../src/audit/rules/optional-signature.js';
import { contextOf, ruleOptions, times, type SignedStep } from '../../helpers/signed-log.js';

const path = (withOpinion: boolean, final: string): SignedStep[] => [
  ['Submit', ''],
  ['Check', 'approved'],
  ...(withOpinion ? [['Opinion', 'approved'] as SignedStep] : []),
  ['Review', final],
];

describe('optional-signature', () => {
  it('flags a step skipped by many cases past its point with no effect on the outcome; early ends are not skips', () => {
    const cases = [
      ...times(54, path(true, 'approved')),
      ...times(6, path(true, 'rejected')),
      ...times(36, path(false, 'approved')),
      ...times(4, path(false, 'rejected')),
      // Rejected at Check: ended before the Opinion's point.
      ...times(20, [['Submit', ''], ['Check', 'rejected']]),
    ];
    const [finding] = optionalSignature.check(contextOf(cases), ruleOptions());
    expect(finding?.id).toBe('optional-signature:Opinion');
    expect(finding?.metrics).toMatchObject({ performed: 60, skipped: 40, skipShare: 0.4, negativeOutcomesPerformed: 6, negativeOutcomesSkipped: 4 });
    expect(finding?.metrics.fisherP).toBeCloseTo(1, 5);
    expect(finding?.cases).toHaveLength(60);
  });

  it('does not flag a step whose absence changes the outcome (Fisher p < 0.01)', () => {
    const cases = [...times(55, path(true, 'approved')), ...times(5, path(true, 'rejected')), ...times(10, path(false, 'approved')), ...times(30, path(false, 'rejected'))];
    expect(optionalSignature.check(contextOf(cases), ruleOptions())).toEqual([]);
  });
});
