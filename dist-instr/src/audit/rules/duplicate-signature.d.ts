import { type AuditContext } from '../audit-context.js';
import { type AuditRule } from './rule.js';
/**
 * Signature positions (ascending) that repeat an earlier signature of the same step with no rejection or return in
 * between. Which of a case's signatures repeat depends on its signatures only: found once per signature variant (as
 * offsets), then placed in every case of the variant. O(variants' signatures + cases + repeats) once per context (the
 * rule and the what-if share it).
 */
export declare function repeatedSignatures(context: AuditContext): Int32Array;
/** Steps A then B signed by one person in the same case: the cases, ascending. */
export interface SamePersonPair {
    readonly a: number;
    readonly b: number;
    readonly cases: readonly number[];
}
/**
 * Per case, the first step each resource signed, then any signature of that resource of another step makes the pair
 * (first step, this step). Pairs in order of first appearance. A resource-indexed table stamped with the case keeps
 * the pass O(signatures) with no Map per case and no string keys.
 */
export declare function samePersonPairs(context: AuditContext): SamePersonPair[];
/**
 * One finding per step signed again without a rejection or return in between (metrics: cases, repeats, waiting the
 * repeats add), and one per pair of steps signed by the same person in a case. Severity: medium when at least 5% of
 * cases are affected, else low. O(signatures), plus the expected O(repeats) waiting summaries.
 */
export declare const duplicateSignature: AuditRule;
