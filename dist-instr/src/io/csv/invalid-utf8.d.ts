/** A callback for CsvScanner that throws the located, actionable error for invalid UTF-8 in `file`. */
export declare function invalidUtf8(file: string): (line: number, column: number) => never;
