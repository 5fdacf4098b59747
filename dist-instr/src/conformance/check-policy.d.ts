import type { EventLog } from '../log/event-log.js';
import { type Policy, type RuleKind, type Severity } from './policy/policy.js';
import { type CheckContext } from './policy/rules/rule-check.js';
/** How many violating case ids text reports show per rule. */
export declare const EXAMPLE_CASES = 5;
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
/**
 * Checks `log` against `policy`. Each rule is compiled once (step names → activity ids) and run over each case's event
 * range: O(rules × events). Steps the log never has give warnings, not errors: a required signature nobody ever
 * collected is exactly what the check must report. Throws UserError for a rule that cannot be checked (`wd` without a
 * calendar).
 */
export declare function checkPolicy(log: EventLog, policy: Policy, context?: CheckContext): PolicyCheck;
