import type { DurationSpec } from '../../performance/duration.js';
/** How much a broken rule matters; `--fail-on` compares against it. */
export type Severity = 'high' | 'medium' | 'low' | 'info';
export declare const SEVERITIES: readonly Severity[];
/** Rank for comparisons: higher is more severe. */
export declare function severityRank(severity: Severity): number;
/** Every rule kind, spelled as in the policy file. */
export declare const RULE_KINDS: readonly ["required", "forbidden", "at-most", "first", "last", "precedence", "response", "succession", "chain-response", "not-together", "four-eyes", "requester-may-not-sign", "within", "case-within"];
export type RuleKind = (typeof RULE_KINDS)[number];
/** What every rule carries besides its kind-specific parameters. */
interface RuleBase {
    /** From the file, or `<kind>-<position>` (1-based) when the file gives none. */
    readonly id: string;
    readonly severity: Severity;
    readonly description?: string;
    /** 1-based line of the rule in the policy file (0 for rules built in code). */
    readonly line: number;
}
/** `required`, `forbidden`, `first`, `last`, `requester-may-not-sign`: a list of steps (normalized labels). */
export interface StepsRule extends RuleBase {
    readonly kind: 'required' | 'forbidden' | 'first' | 'last' | 'requester-may-not-sign';
    readonly steps: readonly string[];
}
/** `at-most: {step: n}`: each step at most n times per case. */
export interface AtMostRule extends RuleBase {
    readonly kind: 'at-most';
    readonly limits: readonly {
        readonly step: string;
        readonly max: number;
    }[];
}
/** Ordering templates between two steps: `a` is `before`/`if`, `b` is `then`. */
export interface PairRule extends RuleBase {
    readonly kind: 'precedence' | 'response' | 'succession' | 'chain-response' | 'not-together' | 'four-eyes';
    readonly a: string;
    readonly b: string;
}
/** `within: {from: A, to: B, max: 10wd}`. */
export interface WithinRule extends RuleBase {
    readonly kind: 'within';
    readonly from: string;
    readonly to: string;
    readonly max: DurationSpec;
}
/** `case-within: 8w`: first to last event of a case. */
export interface CaseWithinRule extends RuleBase {
    readonly kind: 'case-within';
    readonly max: DurationSpec;
}
export type PolicyRule = StepsRule | AtMostRule | PairRule | WithinRule | CaseWithinRule;
/** A parsed, validated policy. */
export interface Policy {
    /** Where it was read from (for messages). */
    readonly file: string;
    readonly rules: readonly PolicyRule[];
}
/** The steps a rule names, in the order written. */
export declare function stepsOf(rule: PolicyRule): string[];
export {};
