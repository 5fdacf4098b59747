// Checks every case of a log against an approval policy: per rule, the cases it applies to and the ones breaking it;
// per case, the rules it breaks. Pure: data in, data out.

import { NONE } from '../log/dictionary.js';
import type { EventLog } from '../log/event-log.js';
import { stepsOf, type Policy, type PolicyRule, type RuleKind, type Severity } from './policy/policy.js';
import { compileRule } from './policy/rules/index.js';
import { checkEveryCase, type CheckContext } from './policy/rules/rule-check.js';

/** How many violating case ids text reports show per rule. */
export const EXAMPLE_CASES = 5;

/** The outcome of one rule over the log. */
export interface RuleResult {
  readonly id: string;
  readonly kind: RuleKind;
  readonly severity: Severity;
  readonly description?: string;
  /** Steps the rule names (normalized). */
  readonly steps: readonly string[];
  /** Cases the rule applies to (see each kind's definition). */
  readonly checked: number;
  readonly violations: number;
  /** violations / checked (0 when nothing was checked). */
  readonly share: number;
  /** Every violating case id, in log order. */
  readonly cases: readonly string[];
  /** The first few violating case ids. */
  readonly examples: readonly string[];
}

/** The rules one case breaks. */
export interface CaseViolations {
  readonly case: string;
  /** Rule ids, in policy order. */
  readonly rules: readonly string[];
}

export interface PolicyCheck {
  readonly policyFile: string;
  readonly rules: readonly RuleResult[];
  /** Only cases breaking at least one rule, in log order. */
  readonly cases: readonly CaseViolations[];
  readonly casesTotal: number;
  /** Problems worth knowing that did not stop the check (e.g. a step the log never has). */
  readonly warnings: readonly string[];
}

/** Warnings about a rule that can be checked but maybe not as the author meant. */
function ruleWarnings(rule: PolicyRule, log: EventLog, file: string): string[] {
  const warnings: string[] = [];
  const where = `${file}${rule.line ? `:${rule.line}` : ''}: rule "${rule.id}"`;
  for (const step of new Set(stepsOf(rule))) {
    if (log.activities.idOf(step) === NONE) warnings.push(`${where}: step "${step}" does not occur in the log`);
  }
  if (rule.kind === 'four-eyes' || rule.kind === 'requester-may-not-sign') {
    let known = false;
    for (let e = 0; e < log.resource.length && !known; e++) known = log.resource[e] !== NONE;
    if (!known) warnings.push(`${where}: the log has no resource (user) column, so ${rule.kind} cannot be checked: map one with --resource`);
  }
  return warnings;
}

/**
 * Checks `log` against `policy`. Each rule is compiled once (step names → activity ids) and run over each case's event
 * range: O(rules × events). Steps the log never has give warnings, not errors: a required signature nobody ever
 * collected is exactly what the check must report. Throws UserError for a rule that cannot be checked (`wd` without a
 * calendar).
 */
export function checkPolicy(log: EventLog, policy: Policy, context: CheckContext = {}): PolicyCheck {
  const cases = log.caseIds.length;
  const broken: (number[] | undefined)[] = new Array(cases);
  const warnings = policy.rules.flatMap((rule) => ruleWarnings(rule, log, policy.file));
  const rules = policy.rules.map((rule, index): RuleResult => {
    const check = compileRule(rule, log, context);
    const violating: string[] = [];
    const checked = checkEveryCase(check, log, (c) => {
      violating.push(log.caseIds[c] as string);
      (broken[c] ??= []).push(index);
    });
    return {
      id: rule.id,
      kind: rule.kind,
      severity: rule.severity,
      ...(rule.description !== undefined ? { description: rule.description } : {}),
      steps: stepsOf(rule),
      checked,
      violations: violating.length,
      share: checked === 0 ? 0 : violating.length / checked,
      cases: violating,
      examples: violating.slice(0, EXAMPLE_CASES),
    };
  });
  const caseViolations: CaseViolations[] = [];
  for (let c = 0; c < cases; c++) {
    const list = broken[c];
    if (list) caseViolations.push({ case: log.caseIds[c] as string, rules: list.map((index) => (policy.rules[index] as PolicyRule).id) });
  }
  return { policyFile: policy.file, rules, cases: caseViolations, casesTotal: cases, warnings };
}
