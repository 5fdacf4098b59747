import { type AuditRule } from './rule.js';
/**
 * Flags a step with zero rejections and returns in at least `minSupport` cases, or whose upper 95% Wilson bound on
 * the reject+return rate is below `maxRejectRate`; most of its decisions must be approvals. Severity: high when the
 * median waiting in front of it is at least one (working) day, else medium. O(steps), plus per finding the expected
 * O(signatures of the step) waiting summary and its case ids.
 */
export declare const rubberStamp: AuditRule;
