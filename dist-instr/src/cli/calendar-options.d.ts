import type { Command } from 'commander';
import type { EventLog } from '../log/event-log.js';
import { type CalendarSpec, type WorkingCalendar } from '../performance/calendar.js';
export interface CalendarFlags {
    readonly workHours?: string;
    readonly holidays?: string;
    readonly timezone?: string;
}
/** Adds `--work-hours` and `--holidays` to `command`. */
export declare function addCalendarOptions(command: Command): Command;
/** The calendar spec the flags give, or undefined when they give none. Reads the holiday file. */
export declare function calendarSpecFrom(flags: CalendarFlags): CalendarSpec | undefined;
/** The calendar of `spec` over `log`'s time range. */
export declare function calendarFor(spec: CalendarSpec | undefined, log: EventLog): WorkingCalendar | undefined;
