import { type TimestampParser } from './timestamp-parser.js';
/** The parser for an explicit `--timestamp-format` value. */
export declare function parserForFormat(format: string, zone: string): TimestampParser;
/** Outcome of detection: the parser, and a warning when the choice was ambiguous or partial. */
export interface DetectedFormat {
    readonly parser: TimestampParser;
    readonly warning?: string;
}
/**
 * Chooses the format that reads every sampled value (ISO, then epoch, then Jalali, then common patterns); when none
 * reads them all, the one reading most, provided it reads at least half (the rest become rejected rows).
 * Throws a UserError with examples when nothing fits. O(samples × candidates).
 */
export declare function detectTimestampFormat(samples: readonly string[], zone: string, column: string): DetectedFormat;
