import type { LogBuilder } from '../../log/log-builder.js';
import type { ReadOptions, ReadSink } from '../read-options.js';
import { CsvScanner, type CsvRecord } from './csv-scanner.js';
/** What the first rows decided, so a reader of a later part of the same file starts from it (no header, no sampling). */
export interface CsvPreset {
    readonly header: readonly string[];
    /** Timestamp formats as `--timestamp-format` takes them (see TimestampParser.format). */
    readonly timestampFormat: string;
    readonly startTimestampFormat?: string;
}
/** Per-input state: header, mapping, timestamp parsers, and the rows held back while sampling timestamps. */
export declare class CsvRows {
    #private;
    readonly file: string;
    readonly builder: LogBuilder;
    readonly options: ReadOptions;
    readonly sink: ReadSink;
    delimiter: string;
    /** Called once the header is mapped and the timestamp formats chosen (after the sampled rows). */
    onReady: ((preset: CsvPreset) => void) | undefined;
    /** With `preset`, the first record is data: header, mapping and timestamp formats come from the preset. */
    constructor(file: string, builder: LogBuilder, options: ReadOptions, sink: ReadSink, preset?: CsvPreset);
    /**
     * A scanner feeding these rows, its delimiter `--delimiter` or detected from the first chunk. `onInvalidUtf8` checks
     * the bytes are UTF-8 (omit it for transcoded input, which is UTF-8 by construction).
     */
    scannerFor(firstChunk: Buffer, onInvalidUtf8?: (line: number, column: number) => never): CsvScanner;
    onRecord(record: CsvRecord): void;
    finish(encoding: string): {
        mapping: Record<string, string>;
        timestampFormat: string;
    };
}
