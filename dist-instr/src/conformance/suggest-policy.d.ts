import type { EventLog } from '../log/event-log.js';
import type { PolicyRule } from './policy/policy.js';
export interface SuggestOptions {
    /** Share of applicable cases a rule must hold in (0–1). Default 0.95. */
    readonly support?: number;
    /** Steps present in at least this share of cases take part in ordering and four-eyes rules. Default 0.2. */
    readonly frequent?: number;
}
/** A suggested rule with the evidence behind it. */
export interface SuggestedRule {
    readonly rule: PolicyRule;
    readonly checked: number;
    /** Share of checked cases where the rule holds. */
    readonly holds: number;
}
export interface SuggestedPolicy {
    readonly cases: number;
    readonly support: number;
    readonly rules: readonly SuggestedRule[];
}
/** A duration rounded up to a whole number of a unit people use for deadlines. */
export declare function roundUpDuration(seconds: number): string;
/**
 * Mines the candidate rules and keeps those holding in at least `support` of the cases each applies to, measured with
 * the same checkers `redtape check` uses (so the policy run back through check reports exactly the remaining cases).
 * Ordering rules between frequent steps are transitively reduced. O(k² · n) for k frequent steps and n events.
 */
export declare function suggestPolicy(log: EventLog, options?: SuggestOptions): SuggestedPolicy;
