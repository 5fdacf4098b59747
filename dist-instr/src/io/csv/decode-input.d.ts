/** The encoding actually used, and UTF-8 chunks. */
export interface DecodedInput {
    readonly encoding: string;
    readonly chunks: AsyncIterable<Buffer>;
}
/**
 * Wraps byte chunks: detects a BOM, applies `--encoding`, and yields UTF-8 chunks. A chunk may be valid only until the
 * next is asked for (see Input.chunks); transcoded chunks are fresh.
 */
export declare function decodeInput(source: AsyncIterable<Buffer>, encoding: string | undefined, file: string): Promise<DecodedInput>;
