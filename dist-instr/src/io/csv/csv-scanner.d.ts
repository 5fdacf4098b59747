/** One record: its fields as byte ranges of `data`, valid only during the callback. */
export interface CsvRecord {
    data: Buffer;
    /** Number of fields. */
    count: number;
    starts: Int32Array;
    ends: Int32Array;
    /** 1 where the field was quoted and contains escaped quotes (`""`) that must be unescaped. */
    escaped: Uint8Array;
    /** 1-based physical line where the record starts. */
    line: number;
    /** Byte range of the whole record (without the line break). */
    recordStart: number;
    recordEnd: number;
}
/** Text of field `i` of `record`, decoded as UTF-8 and unescaped. */
export declare function fieldText(record: CsvRecord, i: number): string;
/** A copy of a record that stays valid after the callback (for rows held back while sampling). */
export declare function cloneRecord(record: CsvRecord): CsvRecord;
/** Text of the whole record, for rejected-row reports. */
export declare function recordText(record: CsvRecord): string;
/**
 * Streams records out of byte chunks. `push` scans every complete record of the chunk (plus what was left over) and
 * keeps the incomplete tail; `end` flushes the last record. O(bytes).
 */
export declare class CsvScanner {
    #private;
    /** With `onInvalidUtf8`, bytes are checked to be UTF-8 before records are scanned and the callback must throw. */
    constructor(delimiter: number, onRecord: (record: CsvRecord) => void, onInvalidUtf8?: (line: number, column: number) => never);
    /** The 1-based line the next record starts on. */
    get line(): number;
    /** True when bytes of an unfinished record are held (e.g. a quoted field still open at the end of a chunk). */
    get hasPartialRecord(): boolean;
    /** Scans the complete records of a chunk and keeps the incomplete tail for the next one. */
    push(chunk: Buffer): void;
    /** Flushes a last record that has no line break after it. */
    end(): void;
}
