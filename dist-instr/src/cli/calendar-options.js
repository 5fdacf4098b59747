// The working-calendar options (`--work-hours`, `--holidays`) and the calendar they describe, read in `--timezone`.
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import { calendarForLog } from '../performance/calendar.js';
import { parseHolidays } from '../performance/parse-holidays.js';
import { parseWorkHours, WORK_HOUR_PRESETS } from '../performance/parse-work-hours.js';
/** Adds `--work-hours` and `--holidays` to `command`. */
export function addCalendarOptions(command) {
    return command
        .option('--work-hours <spec>', `working hours, e.g. "sat-wed 08:00-14:00, thu 08:00-12:00", or a preset (${Object.keys(WORK_HOUR_PRESETS).join(', ')})`)
        .option('--holidays <file>', 'non-working days: one ISO (2024-03-20) or Jalali (1403/01/01) date a line, optional label');
}
/** The calendar spec the flags give, or undefined when they give none. Reads the holiday file. */
export function calendarSpecFrom(flags) {
    if (flags.workHours === undefined && flags.holidays === undefined)
        return undefined;
    let holidays = [];
    if (flags.holidays !== undefined) {
        let text;
        try {
            text = readFileSync(flags.holidays, 'utf8');
        }
        catch (error) {
            throw new UserError(`cannot read holidays ${flags.holidays}: ${error.code ?? error.message}`);
        }
        holidays = parseHolidays(text, flags.holidays);
    }
    return { week: parseWorkHours(flags.workHours ?? '24x7'), holidays, timezone: flags.timezone ?? 'UTC' };
}
/** The calendar of `spec` over `log`'s time range. */
export function calendarFor(spec, log) {
    return spec ? calendarForLog(spec, log) : undefined;
}
