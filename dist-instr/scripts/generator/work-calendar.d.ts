/** Open days (0 = Sunday … 6 = Saturday) and daily opening hours, in minutes after midnight (wall clock, as UTC). */
export interface WorkCalendar {
    readonly days: readonly number[];
    readonly open: number;
    readonly close: number;
}
/** Iranian government offices: Saturday to Wednesday, 08:00–14:00. */
export declare const IRANIAN_WEEK: WorkCalendar;
/** A Monday-to-Friday office, 09:00–17:00. */
export declare const WESTERN_WEEK: WorkCalendar;
/** Working minutes in one open day. */
export declare function dayLength(calendar: WorkCalendar): number;
/** The first working minute at or after `minute` (epoch minutes). O(days skipped). */
export declare function alignToWork(calendar: WorkCalendar, minute: number): number;
/**
 * `minute` plus `amount` working minutes (both whole minutes, epoch-based). The result is inside opening hours
 * (never exactly at closing time). O(working days spanned), not minute by minute.
 */
export declare function addWorkMinutes(calendar: WorkCalendar, minute: number, amount: number): number;
