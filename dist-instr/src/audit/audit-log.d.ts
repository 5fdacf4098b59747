import type { EventLog } from '../log/event-log.js';
import { type CalendarSpec } from '../performance/calendar.js';
import { type RuleOptions } from './audit-context.js';
import { type Finding } from './finding.js';
import { type SignatureOptions } from './signature-table.js';
import { type WhatIf } from './what-if.js';
export interface AuditOptions extends SignatureOptions, Partial<RuleOptions> {
    /** Rule ids to run (default: all). */
    readonly rules?: readonly string[];
    /** Working calendar: durations become working seconds. */
    readonly calendar?: CalendarSpec;
    /** Findings from elsewhere (`--policy`) ranked with the audit's own. */
    readonly extraFindings?: readonly Finding[];
}
/** What was audited. */
export interface AuditLogSummary {
    readonly files: readonly string[];
    readonly events: number;
    readonly cases: number;
    readonly signatures: number;
    readonly signingSteps: readonly string[];
    readonly timeRange: {
        readonly start: string;
        readonly end: string;
    } | null;
    /** `elapsed` or the working week, e.g. `sat-wed 08:00-14:00`. */
    readonly time: string;
    /** Seconds in a day of the durations: 86,400, or the calendar's working day. */
    readonly dayLength: number;
    readonly rules: readonly string[];
    /** Caveats about the data, e.g. one account signing most signatures (anonymized or shared logins). */
    readonly warnings: readonly string[];
}
/** One resource signing at least this share of all signatures, in several steps, looks like a shared account. */
export declare const SHARED_ACCOUNT_SHARE = 0.5;
export interface AuditResult {
    readonly log: AuditLogSummary;
    readonly findings: readonly Finding[];
    readonly whatIf: WhatIf;
}
/**
 * Audits `log`: builds the signature table and the shared context once, runs the selected rules, ranks the findings
 * (severity, then impact) and estimates what removing the redundant signatures would save. O(n log n) overall.
 */
export declare function auditLog(log: EventLog, options?: AuditOptions): AuditResult;
