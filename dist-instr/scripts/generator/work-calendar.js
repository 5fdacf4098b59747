// Working weeks for the generator: waiting and service times are drawn in working minutes and laid onto the calendar,
// so every generated event falls inside office hours (Saturday–Wednesday in Iran, Monday–Friday elsewhere).
const MINUTES_PER_DAY = 1440;
/** Iranian government offices: Saturday to Wednesday, 08:00–14:00. */
export const IRANIAN_WEEK = { days: [6, 0, 1, 2, 3], open: 8 * 60, close: 14 * 60 };
/** A Monday-to-Friday office, 09:00–17:00. */
export const WESTERN_WEEK = { days: [1, 2, 3, 4, 5], open: 9 * 60, close: 17 * 60 };
/** Working minutes in one open day. */
export function dayLength(calendar) {
    return calendar.close - calendar.open;
}
function isOpenDay(calendar, day) {
    // Day 0 of the epoch (1970-01-01) was a Thursday.
    return calendar.days.includes((day + 4) % 7);
}
/** The first working minute at or after `minute` (epoch minutes). O(days skipped). */
export function alignToWork(calendar, minute) {
    let day = Math.floor(minute / MINUTES_PER_DAY);
    let at = minute;
    for (;;) {
        const open = day * MINUTES_PER_DAY + calendar.open;
        const close = day * MINUTES_PER_DAY + calendar.close;
        if (isOpenDay(calendar, day) && at < close)
            return Math.max(at, open);
        day++;
        at = day * MINUTES_PER_DAY;
    }
}
/**
 * `minute` plus `amount` working minutes (both whole minutes, epoch-based). The result is inside opening hours
 * (never exactly at closing time). O(working days spanned), not minute by minute.
 */
export function addWorkMinutes(calendar, minute, amount) {
    let at = alignToWork(calendar, minute);
    let left = amount;
    for (;;) {
        const close = Math.floor(at / MINUTES_PER_DAY) * MINUTES_PER_DAY + calendar.close;
        if (left < close - at)
            return at + left;
        left -= close - at;
        at = alignToWork(calendar, close);
    }
}
