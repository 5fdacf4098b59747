import type { EventLog } from '../log/event-log.js';
import type { BuildReport, LogBuilder } from '../log/log-builder.js';
import type { Input } from './open-input.js';
/** Column roles a CSV reader maps; the flag of each is `--<kebab-case name>`. */
export declare const COLUMN_ROLES: readonly ["case", "activity", "timestamp", "startTimestamp", "resource", "role", "decision"];
export type ColumnRole = (typeof COLUMN_ROLES)[number];
export interface ReadOptions {
    /** Explicit column names per role; the rest are detected from the header. */
    readonly columns?: Partial<Record<ColumnRole, string>>;
    /** A pattern such as `dd.MM.yyyy HH:mm`, or `iso`, `epoch-s`, `epoch-ms`, `jalali`; detected when absent. */
    readonly timestampFormat?: string;
    /** IANA zone for times without an offset. Default `UTC`. */
    readonly timezone?: string;
    /** Text encoding of CSV input (e.g. `windows-1256`); UTF-8 by default, UTF-16 when a BOM says so. */
    readonly encoding?: string;
    /** Field delimiter; detected from the header line when absent. */
    readonly delimiter?: string;
    /** Any bad row is an error instead of a rejected row. */
    readonly strict?: boolean;
    /**
     * Threads a large plain UTF-8 CSV file may be read on: 1 reads on the main thread only; 2 reads the second half on
     * a worker thread when the file is over 1 MiB. Default: 2 for files over 32 MiB on a machine with two cores or more.
     */
    readonly threads?: number;
    /** Called with raw bytes read so far over all inputs, and their total size when known (for a progress bar). */
    readonly onProgress?: (bytesRead: number, totalBytes: number | undefined) => void;
}
/** A data row that was set aside, with why. */
export interface RejectedRow {
    readonly file: string;
    /** 1-based physical line where the row starts. */
    readonly line: number;
    /** The kind of problem, short and stable (`unparsable timestamp`, `empty case id`, …): what reports group by. */
    readonly reason: string;
    /** Specifics, e.g. the value that did not parse. */
    readonly detail?: string;
    /** The row as it appeared (decoded), for `--rejects`. */
    readonly text: string;
}
/** Everything a reader noticed; nothing is lost. */
export interface Diagnostics extends BuildReport {
    /** Data rows (or XES events) read, accepted and rejected together. */
    readonly rowsRead: number;
    readonly rejected: readonly RejectedRow[];
    readonly warnings: readonly string[];
}
export interface ReadResult {
    readonly log: EventLog;
    readonly diagnostics: Diagnostics;
}
/** Where a reader puts what it set aside and noticed; shared by all inputs of one read. */
export interface ReadSink {
    rowsRead: number;
    readonly rejected: RejectedRow[];
    readonly warnings: string[];
}
/** What a reader reports about one input. */
export interface InputInfo {
    /** Role (case, activity, timestamp, ...) → column or attribute key used. */
    readonly mapping: Readonly<Record<string, string>>;
    /** The timestamp format chosen, in words (e.g. `ISO 8601`, `Jalali yyyy/MM/dd HH:mm`). */
    readonly timestampFormat: string;
}
/**
 * A reader for one input format: streams the input into the shared builder (so several inputs make one log) and
 * records bad rows in the sink. Throws UserError for problems that stop the read (no such column, bad encoding).
 * `last` says no input follows, so the reader may leave work to be finished when the log is built.
 */
export type FormatReader = (input: Input, builder: LogBuilder, options: ReadOptions, sink: ReadSink, last?: boolean) => Promise<InputInfo>;
