import type { RejectedRow } from '../io/read-options.js';
/** CSV with columns file, line, reason, detail, row. O(rows). */
export declare function renderRejectsCsv(rows: readonly RejectedRow[]): string;
