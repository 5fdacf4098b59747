// The working-calendar options (`--work-hours`, `--holidays`) every command that measures time accepts, and the
// calendar they make. The zone is the reader's `--timezone`, not an option of its own.

import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import type { CalendarSpec } from '../performance/calendar.js';
import { parseHolidays } from '../performance/parse-holidays.js';
import { parseWorkHours, WORK_HOUR_PRESETS } from '../performance/parse-work-hours.js';

export interface CalendarFlags {
  readonly workHours?: string;
  readonly holidays?: string;
  readonly timezone?: string;
}

/** Adds `--work-hours` and `--holidays` to `command`. */
export function addCalendarOptions(command: Command): Command {
  return command
    .option('--work-hours <hours>', `working hours, e.g. "sat-wed 08:00-14:00, thu 08:00-12:00", or a preset: ${Object.keys(WORK_HOUR_PRESETS).join(', ')} (default: 24x7 calendar time)`)
    .option('--holidays <file>', 'non-working days, one a line: ISO 2024-03-20 or Jalali 1403/01/01, then an optional label');
}

/** The calendar the flags describe, or undefined for calendar time (no `--work-hours`, no `--holidays`). */
export function calendarFrom(flags: CalendarFlags): CalendarSpec | undefined {
  if (flags.workHours === undefined && flags.holidays === undefined) return undefined;
  let holidays: CalendarSpec['holidays'] = [];
  if (flags.holidays !== undefined) {
    let text: string;
    try {
      text = readFileSync(flags.holidays, 'utf8');
    } catch (error) {
      throw new UserError(`cannot read holidays file ${flags.holidays}: ${(error as Error).message}`);
    }
    holidays = parseHolidays(text, flags.holidays);
  }
  return { week: parseWorkHours(flags.workHours ?? '24x7'), holidays, timezone: flags.timezone ?? 'UTC' };
}
