import type { DecisionKind, Language, StepKey } from './permit-process.js';
import type { DefectKind } from './planted-truth.js';
/** One generated event as written in the export (labels with the spelling the row uses). */
export interface GeneratedRow {
    readonly caseId: string;
    readonly step: StepKey;
    readonly activity: string;
    /** End time, epoch ms (wall-clock time read as UTC). */
    readonly time: number;
    /** Start time, epoch ms (the end of the previous event plus waiting). */
    readonly start: number;
    readonly resource: string;
    readonly role: string;
    /** Decision word as written; empty for events that are not signatures. */
    readonly decision: string;
    readonly decisionKind: DecisionKind | null;
    /** Set on the planted bad rows (copies of a real event, broken); readers must set these aside. */
    readonly defect?: DefectKind;
}
export interface CsvRenderOptions {
    /** `iso` writes `2024-04-20T08:15:00`; `jalali` writes `1403/02/01 08:15`. Default iso. */
    readonly dates?: 'iso' | 'jalali';
    /** Digits of the date fields: all Latin (default), all Persian, or Persian in about a third of the rows. */
    readonly digits?: 'latin' | 'persian' | 'mixed';
    /** Header language; default Persian for Jalali dates, English otherwise. */
    readonly header?: Language;
    /** Adds a start-time column. */
    readonly startColumn?: boolean;
    /** Field delimiter, default `,`. */
    readonly delimiter?: string;
}
/** A renderer of rows to CSV lines with fixed options; `line(row, index)` uses the row index to pick digit styles. */
export declare class CsvRenderer {
    #private;
    constructor(options?: CsvRenderOptions);
    /** The header line, with its line break. */
    header(): string;
    /** One data line, with its line break. */
    line(row: GeneratedRow, index: number): string;
}
/** The whole CSV text of `rows` (for small logs; stream large ones with {@link CsvRenderer}). O(rows). */
export declare function toCsv(rows: readonly GeneratedRow[], options?: CsvRenderOptions): string;
