/** How a column's cells line up. `auto` right-aligns a column whose body cells are all numbers. */
export type Align = 'left' | 'right' | 'auto';
/** Options of {@link textTable}. */
export interface TextTableOptions {
    /** A header row, aligned like its column. */
    readonly header?: readonly string[];
    /** Per column (by index); columns not given are `auto`. */
    readonly align?: readonly Align[];
    /** Put before every line; two spaces by default (the renderers' body indent). */
    readonly indent?: string;
}
/** True when `text` reads as a number (`1,234`, `0.75`, `12.5%`, `۱۲`). */
export declare function isNumeric(text: string): boolean;
/** Terminal columns `text` takes (see the module comment). */
export declare function displayWidth(text: string): number;
/**
 * The lines of a table of `rows` (and `options.header`): each column as wide as its widest cell, cells joined by two
 * spaces, right-aligned columns padded on the left, trailing spaces trimmed. Rows may be shorter than others.
 * O(cells).
 */
export declare function textTable(rows: readonly (readonly string[])[], options?: TextTableOptions): string[];
