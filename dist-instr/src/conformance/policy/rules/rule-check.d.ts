import type { EventLog } from '../../../log/event-log.js';
import type { WorkingCalendar } from '../../../performance/calendar.js';
import type { DurationSpec } from '../../../performance/duration.js';
import type { PolicyRule } from '../policy.js';
/** The case does not trigger the rule (e.g. `response` in a case without its `if` step). */
export declare const NOT_APPLICABLE = 0;
export declare const SATISFIED = 1;
export declare const VIOLATED = 2;
export type Outcome = typeof NOT_APPLICABLE | typeof SATISFIED | typeof VIOLATED;
export interface CheckContext {
    /** The working calendar (`--work-hours`, `--holidays`) that `wd` deadlines are measured in; absent: none given. */
    readonly calendar?: WorkingCalendar;
}
/** Outcome for case `caseIndex`, whose events are positions `from` to `to - 1`. */
export type CaseCheck = (from: number, to: number, caseIndex: number) => Outcome;
/**
 * Runs `check` on every case of `log`, calling `violated` with the index of each case that breaks it; returns how
 * many cases the rule applied to. O(cases + the check's cost).
 */
export declare function checkEveryCase(check: CaseCheck, log: EventLog, violated: (caseIndex: number) => void): number;
/** Compiles a rule of one kind against a log. Throws UserError when the rule cannot be checked at all (e.g. `wd` without a calendar). */
export type CompileRule<R extends PolicyRule> = (rule: R, log: EventLog, context: CheckContext) => CaseCheck;
/** Activity id of a (normalized) step name, NONE when the log never has it. */
export declare function activityId(log: EventLog, step: string): number;
/** Membership table over activity ids: 1 for the listed steps present in the log. */
export declare function activityMask(log: EventLog, steps: readonly string[]): Uint8Array;
/** Position of the first event with activity `id` in [from, to), or -1. */
export declare function firstOf(activity: Int32Array, id: number, from: number, to: number): number;
/** Position of the last event with activity `id` in [from, to), or -1. */
export declare function lastOf(activity: Int32Array, id: number, from: number, to: number): number;
/** Elapsed-time measure for a duration spec: calendar seconds, or working seconds of the context's calendar. */
export declare function deadlineMeasure(rule: PolicyRule, max: DurationSpec, context: CheckContext): {
    limit: number;
    elapsed: (from: number, to: number) => number;
};
