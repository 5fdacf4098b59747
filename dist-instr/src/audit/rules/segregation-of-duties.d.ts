import { type AuditRule } from './rule.js';
/**
 * One finding per step the requester approved in their own case, and one per `fourEyes` pair signed by the same
 * person in a case. A control breach, so always severity high. O(signatures).
 */
export declare const segregationOfDuties: AuditRule;
