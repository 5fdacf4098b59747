/** One working span of a weekday in local wall-clock minutes: `day` 0 = Sunday … 6 = Saturday, `end` ≤ 1440. */
export interface WorkSpan {
    readonly day: number;
    readonly start: number;
    readonly end: number;
}
/** A weekly pattern: its canonical text, the preset it came from (if any), and merged spans sorted by day and start. */
export interface WorkWeek {
    readonly name: string;
    readonly text: string;
    readonly spans: readonly WorkSpan[];
}
/**
 * Named weeks. `24x7` is calendar time (the default). `iran-gov` is the Iranian government week as most ministries and
 * municipalities keep it (Saturday to Wednesday 07:30-14:30, Thursday 07:30-13:00); `iran-gov-5day` drops Thursday,
 * as Tehran's offices have done since 2018.
 */
export declare const WORK_HOUR_PRESETS: Readonly<Record<string, string>>;
/** Canonical text of merged spans, grouping consecutive days with identical hours (`mon-fri 09:00-17:00`). */
export declare function workWeekText(spans: readonly WorkSpan[]): string;
/**
 * Parses `--work-hours`: a preset name ({@link WORK_HOUR_PRESETS}) or groups of days followed by spans, separated by
 * commas, e.g. `sat-wed 08:00-14:00, thu 08:00-12:00` or `mon-fri 09:00-12:00 13:00-17:00`. A span that ends before it
 * starts (`22:00-06:00`) runs over midnight into the next day. Throws a {@link UserError} otherwise. O(length).
 */
export declare function parseWorkHours(text: string): WorkWeek;
