import type { VariantRow } from '../discovery/variants.js';
import { type Style } from './style.js';
/** What the report covers beyond its rows. */
export interface VariantsSummary {
    readonly cases: number;
    /** Distinct variants in the log (the rows may be fewer, after --top or --coverage). */
    readonly variants: number;
}
/** The contracted JSON: `{ "variants": [{ "activities", "count", "share", "medianThroughput" }] }`, extended. */
export declare function renderVariantsJson(rows: readonly VariantRow[], summary: VariantsSummary): string;
/** One row per variant; the sequence joined with ` → ` (formula-looking cells neutralized). */
export declare function renderVariantsCsv(rows: readonly VariantRow[]): string;
/** A Markdown table; pipes and line breaks in labels are escaped. */
export declare function renderVariantsMarkdown(rows: readonly VariantRow[], summary: VariantsSummary): string;
/** A ranked list for the terminal. */
export declare function renderVariantsText(rows: readonly VariantRow[], summary: VariantsSummary, style?: Style): string;
