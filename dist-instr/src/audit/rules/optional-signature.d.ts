import { type AuditRule } from './rule.js';
/** Skipped in at least this share of the cases that passed its point. */
export declare const MIN_SKIP_SHARE = 0.2;
/** No effect: Fisher's exact test of performed/skipped × final outcome has p at least this (no effect measurable at the 1% level). */
export declare const OUTCOME_ALPHA = 0.01;
/**
 * A case passed the point of step S when it has a signature of a step that (nearly) always comes after S. S is
 * optional when it was skipped in at least 20% of those cases (at least `minSupport` skips and performances), and
 * the final outcome (the case's last decision a rejection or return, or not) does not depend on whether S was
 * performed: two-sided Fisher exact test p ≥ 0.01 (Fisher 1922). Severity: high when S's median waiting is at least
 * a (working) day, else medium. O(k² + Σ over signature variants of their signatures and the steps whose point they
 * passed).
 */
export declare const optionalSignature: AuditRule;
