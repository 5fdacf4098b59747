import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../src/conformance/check-policy.js';
import { policyFindings } from '../../src/conformance/policy-findings.js';
import { parsePolicy } from '../../src/conformance/policy/parse-policy.js';
import { logFromRows } from '../../src/log/log-from-rows.js';

describe('policyFindings', () => {
  it('maps broken required rules to missing-signature and the rest to policy-violation, with every case', () => {
    const log = logFromRows([
      { caseId: 'a', activity: 'Submit', time: 0, resource: 'ana' },
      { caseId: 'a', activity: 'Approve', time: 1, resource: 'ana' },
      { caseId: 'b', activity: 'Submit', time: 0, resource: 'bo' },
      { caseId: 'b', activity: 'Check', time: 1, resource: 'cy' },
      { caseId: 'b', activity: 'Approve', time: 2, resource: 'dan' },
    ]);
    const policy = parsePolicy(
      'rules:\n  - id: checked\n    required: [Check]\n    severity: high\n  - requester-may-not-sign: [Approve]\n    description: no one approves their own permit\n  - first: Submit\n',
      'p.yaml',
    );
    expect(policyFindings(checkPolicy(log, policy))).toEqual([
      {
        id: 'policy:checked',
        type: 'missing-signature',
        severity: 'high',
        activities: ['Check'],
        cases: ['a'],
        metrics: { checked: 2, violations: 1, share: 0.5, cases: 1, caseShare: 0.5, impact: 0.5 },
        message: 'Policy rule checked (required) broken in 1 of 2 cases: “Check” missing.',
      },
      {
        id: 'policy:requester-may-not-sign-2',
        type: 'policy-violation',
        severity: 'medium',
        activities: ['Approve'],
        cases: ['a'],
        metrics: { checked: 2, violations: 1, share: 0.5, cases: 1, caseShare: 0.5, impact: 0.5 },
        message: 'Policy rule requester-may-not-sign-2 (requester-may-not-sign) broken in 1 of 2 cases: the requester signed “Approve” (no one approves their own permit).',
      },
    ]);
    expect(policyFindings(checkPolicy(log, policy), 'fa')[1]?.message).toBe(
      'قاعده requester-may-not-sign-2 (requester-may-not-sign) در ۱ از ۲ پرونده رعایت نشده است: متقاضی خودش «Approve» را امضا کرده است (no one approves their own permit).',
    );
  });
});
