/** A non-working day, as a local (Gregorian) date in the calendar's zone. */
export interface Holiday {
    /** `YYYY-MM-DD`, Gregorian. */
    readonly date: string;
    /** The text after the date on its line, if any. */
    readonly label?: string;
    /** The date as written, when it was Jalali (e.g. `1403/01/01`). */
    readonly written?: string;
}
/**
 * Parses a holiday file's text. Years below 1700 are Solar Hijri (Jalali) and converted with jalaali-js; others are
 * Gregorian. Separators `-`, `/` or `.`. Throws a {@link UserError} with file and line on a line that is not a date.
 * Duplicates are kept once (the first label wins). O(length).
 */
export declare function parseHolidays(text: string, file?: string): Holiday[];
