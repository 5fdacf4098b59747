/** Streams `chunks` into `file` (gzip-compressed when `gzip`), replacing it only once everything is written. */
export declare function writeChunksAtomic(file: string, chunks: Iterable<string>, gzip: boolean): Promise<void>;
/** Streams `chunks` to standard output, respecting back-pressure. */
export declare function writeChunksToStdout(chunks: Iterable<string>, gzip: boolean): Promise<void>;
