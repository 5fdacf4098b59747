import type { EventLog } from '../log/event-log.js';
import type { Holiday } from './parse-holidays.js';
import { type WorkWeek } from './parse-work-hours.js';
/** What a calendar is made of: echoed in reports. */
export interface CalendarSpec {
    readonly week: WorkWeek;
    readonly holidays: readonly Holiday[];
    /** IANA zone the hours and holiday dates are read in. */
    readonly timezone: string;
}
/** A working calendar over a range of time. */
export interface WorkingCalendar {
    readonly spec: CalendarSpec;
    /** True for 24x7 without holidays: working time is elapsed time. */
    readonly calendarTime: boolean;
    /**
     * Length of one working day in seconds: the week's working seconds divided by its working days (8 h for
     * `mon-fri 09:00-17:00`, 86,400 for 24x7). "Days" of working time, and `wd` durations, are days of this length.
     */
    readonly dayLength: number;
    /** Working seconds from `fromMs` to `toMs` (epoch ms); negative when `toMs` is earlier. O(1). */
    workingSeconds(fromMs: number, toMs: number): number;
    /**
     * Working milliseconds from the calendar's origin to `t` (epoch ms), non-decreasing in `t`: `workingSeconds(a, b)` is
     * `(workingMsAt(b) - workingMsAt(a)) / 1000`. Lets a pass over sorted events look each instant up once. O(1).
     */
    workingMsAt(t: number): number;
}
/** The spec of 24x7 calendar time in `timezone` with no holidays. */
export declare function calendarTimeSpec(timezone?: string): CalendarSpec;
/** Working seconds per working day of `week` (see {@link WorkingCalendar.dayLength}). O(spans). */
export declare function workingDayLength(week: WorkWeek): number;
/**
 * Builds a calendar valid for instants from `fromMs` to `toMs` (and a couple of days around them); the working time of
 * instants outside that range is clamped to its ends. O(days × spans) time and memory. Asking for 24x7 without
 * holidays gives elapsed time directly.
 */
export declare function buildCalendar(spec: CalendarSpec, fromMs: number, toMs: number): WorkingCalendar;
/**
 * Earliest start (or end) and latest end time of a log, epoch ms; `[NaN, NaN]` for an empty log. O(n) once per log
 * (logs are immutable; the calendar, the period grid and the report all ask), O(1) after.
 */
export declare function logTimeRange(log: EventLog): [number, number];
/** A calendar from `spec` covering every instant of `log`. O(n + days × spans). */
export declare function calendarForLog(spec: CalendarSpec, log: EventLog): WorkingCalendar;
