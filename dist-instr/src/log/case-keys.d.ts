/** The keys as plain data, for another thread: the bytes of all ids end to end, and where each id ends. */
export interface CaseKeyParts {
    readonly bytes: Uint8Array;
    readonly ends: Int32Array;
}
/**
 * Case index by id bytes: an open-addressing table (linear probing, power-of-two size, at most half full) over an
 * arena of the ids in index order. Lookup O(length of the id) expected; memory the id bytes plus 20 bytes per case.
 */
export declare class CaseKeys {
    #private;
    /** Number of distinct ids. */
    get size(): number;
    /** Index of the id with bytes `data[from, to)`, or -1. */
    indexOf(data: Uint8Array, from: number, to: number): number;
    /** Index of the id with bytes `data[from, to)`, the next index when it is new. */
    intern(data: Uint8Array, from: number, to: number): number;
    /** Index of the id `text` (its UTF-8 bytes), the next index when it is new. */
    internText(text: string): number;
    /** The ids as strings, by index. O(bytes): an all-ASCII arena is decoded once and cut. */
    texts(): string[];
    /** Copies of the arena and the ends, exact size (transferable). O(bytes). */
    parts(): CaseKeyParts;
}
