import { type AuditRule } from './rule.js';
/** A step is a bottleneck when it adds at least this share of all waiting in the log. */
export declare const BOTTLENECK_SHARE = 0.2;
/** ... and its median waiting is at least this many times the median waiting of an event of the log. */
export declare const BOTTLENECK_RATIO = 2;
/**
 * Activities (every step, signing or not) that add at least 20% of all waiting and wait at least twice as long as a
 * typical event. Severity: high at 40% of all waiting or more, medium at 20%. Metrics: cases, waiting median, p90 and
 * total, share. One pass counts and sums the waiting per activity; only when an activity has the share are its
 * values copied out for a median and p90 and the median of all waiting selected. O(n) expected.
 */
export declare const bottleneck: AuditRule;
