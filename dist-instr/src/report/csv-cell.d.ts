/** Escapes and neutralizes one cell. Numbers are written as is (a negative number is data, not a formula). */
export declare function csvCell(value: string | number | boolean | null | undefined): string;
/** A CSV line from cells, with CRLF-free `\n` ending. */
export declare function csvLine(cells: readonly (string | number | boolean | null | undefined)[]): string;
