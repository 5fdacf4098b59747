import type { EventRow } from '../src/log/log-builder.js';
import { type Language, type ProcessChange } from './generator/permit-process.js';
import { TruthRecorder, type DefectKind, type PlantedTruth } from './generator/planted-truth.js';
import { CsvRenderer, toCsv, type CsvRenderOptions, type GeneratedRow } from './generator/render-csv.js';
export { toCsv, CsvRenderer, type CsvRenderOptions, type GeneratedRow, type PlantedTruth, type DefectKind };
export interface GeneratorOptions {
    readonly seed: number;
    readonly cases: number;
    readonly language: Language;
    /** Bad rows to add (defective copies of real events: wrong field count, empty case id, unparsable time). Default 0. */
    readonly badRows?: number;
    /** Persian only: write about a quarter of the labels with Arabic ي/ك. Default false. */
    readonly mixedSpelling?: boolean;
    /** First arrival (moved to the next working minute). Default 2024-04-20 (1403/02/01). */
    readonly start?: Date;
    /** A reform: cases from the `fromCase`-th on (0-based, in arrival order) follow the changed process. */
    readonly change?: ProcessChange & {
        readonly fromCase: number;
    };
}
/**
 * Streams the rows of a generated log in time order (as exports are), recording the truth as it goes. Cases are
 * simulated in arrival order and held in a heap only until no later case can precede them, so memory stays
 * proportional to the cases in progress, not to the log. O(n log w) for n events and w events in progress.
 */
export declare function generateRows(options: GeneratorOptions, recorder: TruthRecorder): Generator<GeneratedRow>;
/** A generated log in memory: rows in time order and the planted truth. O(n log w). */
export declare function generateApprovalLog(options: GeneratorOptions): {
    rows: GeneratedRow[];
    truth: PlantedTruth;
};
/**
 * The good rows as EventRows for `logFromRows` (tests that skip the CSV round trip): labels as written (the builder
 * normalizes them), start times included, bad rows left out. O(n).
 */
export declare function toEventRows(rows: readonly GeneratedRow[]): EventRow[];
/** Streams a generated log to a CSV file without holding the rows (for the multi-million-event benchmark log). */
export declare function writeApprovalLog(path: string, options: GeneratorOptions, render?: CsvRenderOptions): Promise<PlantedTruth>;
