// Policy violations as audit findings, so `redtape audit --policy` can put them in the same report as the redundancy
// findings. The shape follows issue 5's Finding (id, type, severity, activities, cases, metrics, message); when the
// audit module lands, its Finding type replaces the local one here.

import type { PolicyCheck, RuleResult } from './check-policy.js';

/** An audit finding (issue 5). */
export interface PolicyFinding {
  readonly id: string;
  readonly type: 'missing-signature' | 'policy-violation';
  readonly severity: 'high' | 'medium' | 'low' | 'info';
  /** The steps the rule names, the one it is about first. */
  readonly activities: readonly string[];
  /** Every violating case id. */
  readonly cases: readonly string[];
  readonly metrics: { readonly checked: number; readonly violations: number; readonly share: number };
  readonly message: string;
}

const WORDING: Record<RuleResult['kind'], (steps: readonly string[]) => string> = {
  required: (s) => `${list(s)} missing`,
  forbidden: (s) => `${list(s)} done although forbidden`,
  'at-most': (s) => `${list(s)} done more often than allowed`,
  first: (s) => `the case does not start with ${list(s, 'or')}`,
  last: (s) => `the case does not end with ${list(s, 'or')}`,
  precedence: ([a, b]) => `“${b}” without “${a}” before it`,
  response: ([a, b]) => `“${a}” not followed by “${b}”`,
  succession: ([a, b]) => `“${a}” and “${b}” not in order, or one without the other`,
  'chain-response': ([a, b]) => `“${a}” not immediately followed by “${b}”`,
  'not-together': ([a, b]) => `both “${a}” and “${b}” in one case`,
  'four-eyes': ([a, b]) => `“${a}” and “${b}” signed by the same person`,
  'requester-may-not-sign': (s) => `the requester signed ${list(s, 'or')}`,
  within: ([a, b]) => `“${b}” later than the deadline after “${a}”`,
  'case-within': () => 'the case took longer than the deadline',
};

function list(steps: readonly string[], joiner = 'and'): string {
  const quoted = steps.map((step) => `“${step}”`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ${joiner} ${quoted[quoted.length - 1]}`;
}

/**
 * One finding per broken rule: `missing-signature` for `required` rules (a signature the policy requires was not
 * collected), `policy-violation` for every other kind. Rules nobody broke give no finding. O(rules).
 */
export function policyFindings(check: PolicyCheck): PolicyFinding[] {
  return check.rules
    .filter((rule) => rule.violations > 0)
    .map((rule) => ({
      id: `policy:${rule.id}`,
      type: rule.kind === 'required' ? 'missing-signature' : 'policy-violation',
      severity: rule.severity,
      activities: rule.steps,
      cases: rule.cases,
      metrics: { checked: rule.checked, violations: rule.violations, share: rule.share },
      message: `Policy rule ${rule.id} (${rule.kind}) broken in ${rule.violations} of ${rule.checked} cases: ${WORDING[rule.kind](rule.steps)}${rule.description ? ` (${rule.description})` : ''}.`,
    }));
}
