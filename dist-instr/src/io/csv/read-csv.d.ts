import type { FormatReader } from '../read-options.js';
/**
 * Reads one CSV input (any delimiter, quoted fields, BOM, CRLF, UTF-8/UTF-16/legacy encodings, gzip); a large plain
 * UTF-8 file on two threads (read-csv-split.ts).
 */
export declare const readCsv: FormatReader;
