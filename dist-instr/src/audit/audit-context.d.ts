import type { EventLog } from '../log/event-log.js';
import type { WorkingCalendar } from '../performance/calendar.js';
import type { AuditLanguage } from './finding.js';
import type { SignatureTable } from './signature-table.js';
import { type SignatureVariants } from './signature-variants.js';
/** Thresholds and choices the rules share (the CLI's options). */
export interface RuleOptions {
    /** Cases a pattern needs before it is reported (`--min-support`, default 30). */
    readonly minSupport: number;
    /** Rubber stamp: upper 95% Wilson bound on the reject+return rate below this (`--max-reject-rate`, default 0.01). */
    readonly maxRejectRate: number;
    readonly lang: AuditLanguage;
    /** `--four-eyes "A,B"` pairs of steps one person may not both sign. */
    readonly fourEyes: readonly (readonly [string, string])[];
}
export declare const DEFAULT_RULE_OPTIONS: RuleOptions;
/** Per signing step: counts over its signatures and the waiting in front of them. */
export interface StepStats {
    /** Cases with at least one signature of the step. */
    readonly cases: number;
    readonly signatures: number;
    readonly approvals: number;
    /** Signatures that rejected or returned. */
    readonly negatives: number;
    /** Waiting in front of each signature of the step, seconds (first events of a case count 0), in signature order. */
    readonly waiting: Float64Array;
}
/** The shared input of every rule. */
export interface AuditContext {
    readonly log: EventLog;
    readonly signatures: SignatureTable;
    /** The cases grouped by their sequence of (signing step, decision kind). */
    readonly variants: SignatureVariants;
    /** Waiting per event in seconds (working seconds with a calendar); 0 for first events. */
    readonly waiting: Float64Array;
    /** Service per event in seconds, 0 where unknown; null when the log has no start times (every service time 0). */
    readonly service: Float64Array | null;
    /** Throughput per case in seconds. */
    readonly throughput: Float64Array;
    readonly calendar: WorkingCalendar | undefined;
    /** Seconds in a day of the durations (86,400, or the calendar's working day). */
    readonly dayLength: number;
    readonly steps: readonly StepStats[];
    /** Case index per signature (parallel to the signature table's columns). */
    readonly caseOf: Int32Array;
    /**
     * Cases with at least one signature of step `s`, ascending, are `stepCases[stepCaseStart[s]]` to
     * `stepCases[stepCaseStart[s + 1] - 1]` (use {@link casesWithStep}).
     */
    readonly stepCaseStart: Int32Array;
    readonly stepCases: Int32Array;
}
/** The cases (ascending, each once) with at least one signature of step `s`. O(1): a view, not a copy. */
export declare function casesWithStep(context: AuditContext, s: number): Int32Array;
/** Waiting plus service of event `e`, seconds: how long a step held the case up, counted from the previous event's end. */
export declare function timeInFront(context: AuditContext, e: number): number;
/** Whether a decision kind is a rejection or a return. */
export declare function isNegative(kind: number): boolean;
/**
 * Builds the context: one pass for waiting, service and throughput; the signature variants (two passes over the
 * signatures) and the per-step counts from them; one pass laying out each step's waiting and cases by counting sort
 * (and the case of each signature). O(n), typed arrays only.
 */
export declare function auditContext(log: EventLog, signatures: SignatureTable, calendar?: WorkingCalendar): AuditContext;
