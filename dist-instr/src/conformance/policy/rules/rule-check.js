// The shape every policy rule kind shares: compiled once against a log (step names resolved to activity ids), then
// called per case on its event range. Columnar: a check reads the typed arrays, never builds per-event objects.
import { NONE } from '../../../log/dictionary.js';
import { UserError } from '../../../errors.js';
/** The case does not trigger the rule (e.g. `response` in a case without its `if` step). */
export const NOT_APPLICABLE = 0;
export const SATISFIED = 1;
export const VIOLATED = 2;
/**
 * Runs `check` on every case of `log`, calling `violated` with the index of each case that breaks it; returns how
 * many cases the rule applied to. O(cases + the check's cost).
 */
export function checkEveryCase(check, log, violated) {
    let checked = 0;
    for (let c = 0; c < log.caseIds.length; c++) {
        const outcome = check(log.caseStart[c], log.caseStart[c + 1], c);
        if (outcome === NOT_APPLICABLE)
            continue;
        checked++;
        if (outcome === VIOLATED)
            violated(c);
    }
    return checked;
}
/** Activity id of a (normalized) step name, NONE when the log never has it. */
export function activityId(log, step) {
    return log.activities.idOf(step);
}
/** Membership table over activity ids: 1 for the listed steps present in the log. */
export function activityMask(log, steps) {
    const mask = new Uint8Array(log.activities.size);
    for (const step of steps) {
        const id = log.activities.idOf(step);
        if (id !== NONE)
            mask[id] = 1;
    }
    return mask;
}
/** Position of the first event with activity `id` in [from, to), or -1. */
export function firstOf(activity, id, from, to) {
    for (let e = from; e < to; e++)
        if (activity[e] === id)
            return e;
    return -1;
}
/** Position of the last event with activity `id` in [from, to), or -1. */
export function lastOf(activity, id, from, to) {
    for (let e = to - 1; e >= from; e--)
        if (activity[e] === id)
            return e;
    return -1;
}
/** Elapsed-time measure for a duration spec: calendar seconds, or working seconds of the context's calendar. */
export function deadlineMeasure(rule, max, context) {
    if (max.kind === 'calendar')
        return { limit: max.seconds, elapsed: (from, to) => (to - from) / 1000 };
    const calendar = context.calendar;
    if (!calendar) {
        throw new UserError(`rule "${rule.id}" (line ${rule.line}): ${max.text} is in working days, which need a working calendar: give --work-hours (and --holidays), or write the deadline in calendar units (d, w)`);
    }
    return { limit: max.days * calendar.dayLength, elapsed: (from, to) => calendar.workingSeconds(from, to) };
}
