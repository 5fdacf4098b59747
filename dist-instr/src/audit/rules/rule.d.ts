import { type AuditContext, type RuleOptions } from '../audit-context.js';
import type { Finding } from '../finding.js';
/** An audit rule: an id, a one-line description, and a pure check over the shared context. */
export interface AuditRule {
    readonly id: string;
    readonly describe: string;
    check(context: AuditContext, options: RuleOptions): Finding[];
}
/**
 * Case ids of case indexes (any order, repeats allowed), in case order. The indexes are copied into an Int32Array and
 * sorted natively, with no comparator and no Set: O(k log k).
 */
export declare function caseIdsOf(context: AuditContext, cases: Iterable<number>): string[];
/** Case ids of case indexes already ascending and distinct (e.g. {@link casesWithStep}). O(k). */
export declare function caseIdsOfSorted(context: AuditContext, cases: ArrayLike<number>): string[];
/**
 * Case ids of the cases with a signature of step `s` ({@link casesWithStep}), in case order: one array per step and
 * context, shared by every finding about the step (a rubber stamp that is also optional lists its cases once). O(cases
 * of the step), once.
 */
export declare function caseIdsWithStep(context: AuditContext, s: number): readonly string[];
/** Share of all cases, 0 for an empty log. */
export declare function caseShare(context: AuditContext, cases: number): number;
