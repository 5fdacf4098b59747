// The shape every policy rule kind shares: compiled once against a log (step names resolved to activity ids), then
// called per case on its event range. Columnar: a check reads the typed arrays, never builds per-event objects.

import { NONE } from '../../../log/dictionary.js';
import type { EventLog } from '../../../log/event-log.js';
import type { WorkingCalendar } from '../../../performance/calendar.js';
import { UserError } from '../../../errors.js';
import type { DurationSpec } from '../../../performance/duration.js';
import type { PolicyRule } from '../policy.js';

/** The case does not trigger the rule (e.g. `response` in a case without its `if` step). */
export const NOT_APPLICABLE = 0;
export const SATISFIED = 1;
export const VIOLATED = 2;
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
export function checkEveryCase(check: CaseCheck, log: EventLog, violated: (caseIndex: number) => void): number {
  let checked = 0;
  for (let c = 0; c < log.caseIds.length; c++) {
    const outcome = check(log.caseStart[c] as number, log.caseStart[c + 1] as number, c);
    if (outcome === NOT_APPLICABLE) continue;
    checked++;
    if (outcome === VIOLATED) violated(c);
  }
  return checked;
}

/** Compiles a rule of one kind against a log. Throws UserError when the rule cannot be checked at all (e.g. `wd` without a calendar). */
export type CompileRule<R extends PolicyRule> = (rule: R, log: EventLog, context: CheckContext) => CaseCheck;

/** Activity id of a (normalized) step name, NONE when the log never has it. */
export function activityId(log: EventLog, step: string): number {
  return log.activities.idOf(step);
}

/** Membership table over activity ids: 1 for the listed steps present in the log. */
export function activityMask(log: EventLog, steps: readonly string[]): Uint8Array {
  const mask = new Uint8Array(log.activities.size);
  for (const step of steps) {
    const id = log.activities.idOf(step);
    if (id !== NONE) mask[id] = 1;
  }
  return mask;
}

/** Position of the first event with activity `id` in [from, to), or -1. */
export function firstOf(activity: Int32Array, id: number, from: number, to: number): number {
  for (let e = from; e < to; e++) if (activity[e] === id) return e;
  return -1;
}

/** Position of the last event with activity `id` in [from, to), or -1. */
export function lastOf(activity: Int32Array, id: number, from: number, to: number): number {
  for (let e = to - 1; e >= from; e--) if (activity[e] === id) return e;
  return -1;
}

/** Elapsed-time measure for a duration spec: calendar seconds, or working seconds of the context's calendar. */
export function deadlineMeasure(rule: PolicyRule, max: DurationSpec, context: CheckContext): { limit: number; elapsed: (from: number, to: number) => number } {
  if (max.kind === 'calendar') return { limit: max.seconds, elapsed: (from, to) => (to - from) / 1000 };
  const calendar = context.calendar;
  if (!calendar) {
    throw new UserError(`rule "${rule.id}" (line ${rule.line}): ${max.text} is in working days, which need a working calendar: give --work-hours (and --holidays), or write the deadline in calendar units (d, w)`);
  }
  return { limit: max.days * calendar.dayLength, elapsed: (from, to) => calendar.workingSeconds(from, to) };
}
