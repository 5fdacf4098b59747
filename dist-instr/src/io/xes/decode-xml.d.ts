import type { Readable } from 'node:stream';
/** The encoding used, and a function that yields the decoded text. */
export interface DecodedXml {
    readonly encoding: string;
    readonly chunks: AsyncIterable<string>;
}
/**
 * Decodes `stream` incrementally (a character split across chunks is kept whole). `onBytes` is told the running byte
 * count, for progress. Throws a UserError naming the encoding when the bytes are not valid in it.
 */
export declare function decodeXml(stream: Readable, explicit: string | undefined, file: string, onBytes?: (bytes: number) => void): Promise<DecodedXml>;
