import type { Command } from 'commander';
import { type AuditOptions, type AuditResult } from '../audit/audit-log.js';
import type { Finding } from '../audit/finding.js';
import type { WorkingCalendar } from '../performance/calendar.js';
import type { EventLog } from '../log/event-log.js';
import { type CalendarFlags } from './calendar-options.js';
/** Parsed values of the audit options, as commander gives them. */
export interface AuditFlags extends CalendarFlags {
    readonly policy?: string;
    readonly rules?: string;
    readonly minSupport?: string;
    readonly maxRejectRate?: string;
    readonly lang?: 'en' | 'fa';
    readonly signatures?: string;
    readonly decisionFromLabel?: boolean;
    readonly decisionPattern?: string;
    readonly decisionMap?: string;
    readonly requester?: string;
    readonly fourEyes?: string[];
}
/** Adds the audit options to `command` (the calendar options are added separately, by `addCalendarOptions`). */
export declare function addAuditOptions(command: Command): Command;
/** Audit options from the flags, checked before the (possibly long) read. */
export declare function auditOptionsFrom(flags: AuditFlags): AuditOptions;
/** Everything the flags ask of an audit, read and checked once before any log is read. */
export interface AuditPlan {
    readonly options: AuditOptions;
    /** The `--policy` file's violations in a log, as findings; null without a policy. */
    readonly policyCheck: ((log: EventLog, calendar: WorkingCalendar | undefined) => Finding[]) | null;
}
/**
 * Reads and checks the audit flags (and the `--policy` file). The policy reader and checker (and their YAML parser)
 * are loaded only when a policy is given.
 */
export declare function auditPlanFrom(flags: AuditFlags): Promise<AuditPlan>;
/** Audits `log` as planned: the rules, plus the policy's violations as findings when a policy was given. */
export declare function runAudit(log: EventLog, plan: AuditPlan): AuditResult;
