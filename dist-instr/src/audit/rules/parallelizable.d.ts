import { type AuditContext, type RuleOptions } from '../audit-context.js';
import { type AuditRule } from './rule.js';
/** Each order must be seen in at least this share of the shared cases (and at least 5 cases). */
export declare const MIN_ORDER_SHARE = 0.05;
/** Independence: both Fisher exact tests have p at least this. */
export declare const INDEPENDENCE_ALPHA = 0.01;
/** A candidate pair with its per-case overlap savings, for the rule and the what-if. */
export interface ParallelPair {
    readonly a: number;
    readonly b: number;
    /** Cases with both steps, ascending. */
    readonly cases: Int32Array;
    /** Per entry of `cases`, seconds saved when both are requested together: the shorter of the two (waiting + service). */
    readonly saving: Float64Array;
    readonly pValues: readonly number[];
    readonly abOrder: number;
    readonly baOrder: number;
}
/**
 * Pairs of signing steps seen in both orders (each order in at least 5% of, and 5, shared cases; at least
 * `minSupport` shared cases) whose decisions are independent: for each step, Fisher's exact test of "the other step
 * came first" × "this step rejected or returned" over the cases with the step, both with p ≥ 0.01.
 * O(k² + (variants' signatures + cases) × candidate pairs).
 */
export declare function parallelPairs(context: AuditContext, options: RuleOptions): ParallelPair[];
/** Severity: medium when the median saving is at least a (working) day, else low. */
export declare const parallelizable: AuditRule;
