import { type Command } from 'commander';
import type { ReadOptions } from '../io/read-options.js';
/** Parsed values of the reader options, as commander gives them. */
export interface ReaderFlags {
    readonly case?: string;
    readonly activity?: string;
    readonly timestamp?: string;
    readonly startTimestamp?: string;
    readonly resource?: string;
    readonly role?: string;
    readonly decision?: string;
    readonly timestampFormat?: string;
    readonly timezone?: string;
    readonly encoding?: string;
    readonly delimiter?: string;
    readonly strict?: boolean;
    readonly rejects?: string;
    readonly threads?: number;
}
/** Adds the column-mapping, timestamp, encoding and bad-row options to `command`. */
export declare function addReaderOptions(command: Command): Command;
/** ReadOptions from parsed flags. */
export declare function readOptionsFrom(flags: ReaderFlags): ReadOptions;
