import { type AuditRule } from './rule.js';
/**
 * One finding per step that returned cases and signed them again later: cases, rounds (returns followed by a new
 * signature of the step), and the time lost per case (from each return to the step's next signature, summed).
 * Severity: medium when at least 10% of cases loop, else low. O(variants' signatures + cases + rounds).
 */
export declare const reworkLoop: AuditRule;
