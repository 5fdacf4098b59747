import type { ColumnRole } from '../read-options.js';
/** Header names recognised per role, most specific first. Compared after {@link headerKey}. */
export declare const HEADER_SYNONYMS: Readonly<Record<ColumnRole, readonly string[]>>;
/** Comparison key of a header name: normalized label, lower case, `_`/`-` as spaces. */
export declare function headerKey(name: string): string;
/** Column index per role (absent when the export has none). */
export type ColumnMapping = Partial<Record<ColumnRole, number>>;
/**
 * Resolves each role to a column index: the explicit name when given (an error if the header lacks it), otherwise
 * the first synonym present. A column is used for one role only. Throws a UserError listing the header and the flag
 * to use when case, activity or timestamp cannot be found. O(header × synonyms).
 */
export declare function detectColumns(header: readonly string[], explicit: Partial<Record<ColumnRole, string>>, file: string): ColumnMapping;
