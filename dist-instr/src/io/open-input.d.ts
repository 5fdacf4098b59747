import { Readable } from 'node:stream';
/** An input as readers see it. */
export interface Input {
    /** The name users gave (a path, or `-`). */
    readonly name: string;
    /** Size in bytes on disk when known (compressed size for .gz). */
    readonly size: number | undefined;
    /** True for a file that is not compressed: its bytes can be read by range (see {@link fileRange}). */
    readonly plain: boolean;
    /** Hears the raw bytes read so far from this input, for a progress bar. */
    readonly onBytes: ((bytes: number) => void) | undefined;
    /** The first bytes of the decompressed input (up to one chunk), without consuming them: for sniffing the format. */
    head(): Promise<Buffer>;
    /** A fresh byte stream, decompressed. */
    open(): Readable;
    /**
     * The decompressed bytes as chunks. A chunk is valid only until the next one is asked for (a plain file is read
     * through one reused buffer), so a consumer that keeps bytes must copy them.
     */
    chunks(): AsyncIterable<Buffer>;
}
/**
 * Describes `name` as an Input; throws a UserError when the file does not exist. `onBytes` hears how many raw
 * (compressed, for .gz) bytes have been read so far, for a progress bar.
 */
export declare function inputFor(name: string, onBytes?: (bytes: number) => void): Input;
/**
 * Bytes `start` to `end` (exclusive; to the end of the file when larger) of a plain file, through one reused 1 MiB
 * buffer: a chunk is valid until the next is asked for. `onBytes` hears the bytes read so far in this range.
 */
export declare function fileRange(name: string, start: number, end: number, onBytes?: (bytes: number) => void): AsyncGenerator<Buffer>;
