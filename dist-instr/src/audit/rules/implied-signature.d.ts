import { type AuditRule } from './rule.js';
/** A must have rejected or returned, before B, in at least this many of the shared cases. */
export declare const MIN_IMPLIED_NEGATIVES = 3;
/**
 * Flags B implied by A when, in at least `minSupport` cases where A's first signature precedes B's, B's first
 * decision equals A's last decision before it every time, and A rejected or returned in at least 3 of those cases
 * (so agreement on rejections is observed, not only on approvals). When several earlier steps imply B, the one
 * closest in frequency is named. Severity: high when B's median waiting is at least a (working) day, else medium.
 * O(signatures × steps per case).
 */
export declare const impliedSignature: AuditRule;
