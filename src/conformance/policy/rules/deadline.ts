// Deadlines: `within` (from the first A to the first B after it) and `case-within` (first to last event of the case).
// Calendar units (s m h d w) are elapsed time; `wd` is working time of the calendar given with --work-hours and
// --holidays (working days of the calendar's own length, holidays excluded).

import { UserError } from '../../../errors.js';
import { caseBegin, caseFinish } from '../../../performance/case-throughput.js';
import type { DurationSpec } from '../../../performance/duration.js';
import type { CaseWithinRule, PolicyRule, WithinRule } from '../policy.js';
import { activityId, firstOf, NOT_APPLICABLE, SATISFIED, VIOLATED, type CheckContext, type CompileRule } from './rule-check.js';

/** Elapsed-time measure for a duration spec: calendar seconds, or working seconds of the context's calendar. */
function measure(rule: PolicyRule, max: DurationSpec, context: CheckContext): { limit: number; elapsed: (from: number, to: number) => number } {
  if (max.kind === 'calendar') return { limit: max.seconds, elapsed: (from, to) => (to - from) / 1000 };
  const calendar = context.calendar;
  if (!calendar) {
    throw new UserError(`rule "${rule.id}" (line ${rule.line}): ${max.text} is in working days, which need a working calendar: give --work-hours (and --holidays), or write the deadline in calendar units (d, w)`);
  }
  return { limit: max.days * calendar.dayLength, elapsed: (from, to) => calendar.workingSeconds(from, to) };
}

/**
 * Checked in cases with A where either a B follows it or the deadline has passed by the case's last event; violated
 * when the first B after the first A comes later than `max`, or never comes while the case ran past the deadline.
 * Cases with A, no B yet and still inside the deadline are open, not checked.
 */
export const compileWithin: CompileRule<WithinRule> = (rule, log, context) => {
  const a = activityId(log, rule.from);
  const b = activityId(log, rule.to);
  const { limit, elapsed } = measure(rule, rule.max, context);
  return (from, to) => {
    const start = firstOf(log.activity, a, from, to);
    if (start < 0) return NOT_APPLICABLE;
    const end = firstOf(log.activity, b, start + 1, to);
    const startTime = log.time[start] as number;
    if (end < 0) return elapsed(startTime, log.time[to - 1] as number) > limit ? VIOLATED : NOT_APPLICABLE;
    return elapsed(startTime, log.time[end] as number) > limit ? VIOLATED : SATISFIED;
  };
};

/**
 * Every non-empty case is checked: its throughput time (first event's start, or its timestamp when the log has no
 * start times, to the last event's end; as the performance analysis measures it) against `max`.
 */
export const compileCaseWithin: CompileRule<CaseWithinRule> = (rule, log, context) => {
  const { limit, elapsed } = measure(rule, rule.max, context);
  return (from, to, c) => {
    if (to <= from) return NOT_APPLICABLE;
    return elapsed(caseBegin(log, c), caseFinish(log, c)) > limit ? VIOLATED : SATISFIED;
  };
};
