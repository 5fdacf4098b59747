/**
 * A parser of `yyyy/MM/dd[ HH:mm[:ss]]` Jalali bytes (`-` also separates the date; one or more spaces or `T` before
 * the time), read as wall-clock time in `zone`. Returns epoch ms, or NaN when the bytes are not exactly of this form
 * (the caller then tries the string parser, which also trims). Each distinct day is converted once.
 * O(length) per call, plus a table of 401 × 13 × 32 days (1.3 MB).
 */
export declare function jalaliBytesParser(zone: string): (bytes: Uint8Array, from: number, to: number) => number;
