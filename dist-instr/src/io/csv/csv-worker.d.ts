import { type BuilderParts, type JoinPlan, type PartScatter, type PartSummary } from '../../log/builder-parts.js';
import type { ReadOptions, RejectedRow } from '../read-options.js';
import { type CsvPreset } from './csv-rows.js';
/** What the main thread asks of the worker. */
export interface CsvWorkerTask {
    readonly file: string;
    readonly start: number;
    readonly end: number;
    readonly delimiter: string;
    readonly preset: CsvPreset;
    readonly options: Omit<ReadOptions, 'onProgress'>;
    /** Keep the events here and place them when the log is built (the last input), instead of posting them. */
    readonly defer: boolean;
}
/** What the main thread sends a deferred worker when the log is built. */
export interface CsvWorkerPlan {
    readonly kind: 'scatter';
    readonly plan: JoinPlan;
}
/** What the worker posts: progress (bytes of its range read), then its result or the error that stopped it. */
export type CsvWorkerMessage = {
    readonly kind: 'progress';
    readonly bytes: number;
} | {
    readonly kind: 'done';
    readonly parts: BuilderParts;
    readonly rowsRead: number;
    readonly rejected: readonly RejectedRow[];
    readonly warnings: readonly string[];
} | {
    readonly kind: 'summary';
    readonly summary: PartSummary;
    readonly rowsRead: number;
    readonly rejected: readonly RejectedRow[];
    readonly warnings: readonly string[];
} | {
    readonly kind: 'placed';
    readonly placed: PartScatter;
} | {
    readonly kind: 'user-error';
    readonly message: string;
    readonly line?: number;
    readonly column?: number;
} | {
    readonly kind: 'failed';
    readonly message: string;
};
