/** A parsed duration: calendar seconds, or working days that need a calendar to become seconds. */
export type DurationSpec = {
    readonly kind: 'calendar';
    readonly seconds: number;
    readonly text: string;
} | {
    readonly kind: 'working-days';
    readonly days: number;
    readonly text: string;
};
/**
 * Parses `90s`, `30m`, `4h`, `40d`, `8w`, combinations such as `1d12h`, and `30wd` (working days of a calendar).
 * Throws a {@link UserError} naming the accepted units otherwise. O(length).
 */
export declare function parseDuration(text: string): DurationSpec;
/**
 * Human form of a duration in seconds: the two largest non-zero units of d, h, m, s (e.g. `3d 4h`, `12m 5s`).
 * `dayLength` is the length of a day in seconds: 86,400 for calendar time, the calendar's working day otherwise.
 */
export declare function formatDuration(seconds: number, dayLength?: number): string;
