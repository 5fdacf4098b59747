/** A chosen timestamp format: how it is described to the user and how it parses (epoch ms, NaN on failure). */
export interface TimestampParser {
    readonly description: string;
    /** The format as `--timestamp-format` takes it (`iso`, `epoch-s`, `jalali`, a pattern, ...): it rebuilds this parser. */
    readonly format: string;
    parse(text: string): number;
    /** Fast path on raw ASCII bytes; NaN means "try `parse` on the decoded text". */
    parseBytes?(bytes: Uint8Array, from: number, to: number): number;
}
/** ISO 8601, with or without offset and fraction. */
export declare function isoParser(zone: string): TimestampParser;
/** Seconds or milliseconds since 1970-01-01 UTC. */
export declare function epochParser(unit: 's' | 'ms'): TimestampParser;
/**
 * Compiles a pattern (Unicode/Java-style letters: yyyy yy MM M dd d HH H hh h mm m ss s S… a X/Z) into a parser.
 * With `jalali`, year/month/day are Solar Hijri and converted with jalaali-js. O(pattern) to compile, O(text) to parse.
 */
export declare function patternParser(pattern: string, zone: string, jalali?: boolean): TimestampParser;
/** Jalali dates as exported by Iranian systems: `1403/02/15`, `1403-2-15 10:23`, `1403/02/15 10:23:05`. */
export declare function jalaliParser(zone: string): TimestampParser;
