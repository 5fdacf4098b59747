import type { AuditRule } from './rule.js';
export type { AuditRule } from './rule.js';
export declare const AUDIT_RULES: readonly AuditRule[];
/** Rule ids, for `--rules`. */
export declare const RULE_IDS: readonly string[];
