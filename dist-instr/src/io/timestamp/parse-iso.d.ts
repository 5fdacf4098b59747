/**
 * Parses `YYYY-MM-DD`, optionally followed by `T` or a space and `HH:MM`, `:SS`, a fraction of any length, and an
 * offset (`Z`, `±HH`, `±HHMM`, `±HH:MM`). Times without an offset are wall-clock time in `zone`.
 * Returns epoch ms, or NaN when the text is not of this form or a field is out of range. O(length).
 */
export declare function parseIsoTimestamp(text: string, zone: string): number;
/** {@link parseIsoTimestamp} on the bytes `bytes[from, to)` (ASCII), without decoding them to a string. */
export declare function parseIsoBytes(bytes: Uint8Array, from: number, to: number, zone: string): number;
/** Days in a Gregorian month. O(1). */
export declare function daysInMonth(year: number, month: number): number;
