/**
 * Open-addressing hash table from byte strings to ids (FNV-1a hashes, linear probing, power-of-two size).
 * Lookup is O(length) expected; memory is the distinct bytes plus 24 bytes per entry, capped at {@link MAX_ENTRIES}.
 * Layout is for cache misses, which dominate on columns with 100k+ values (case ids, users): a slot holds its hash next
 * to its entry, and an entry's offset, length and id sit together, so a hit touches three cache lines, not six.
 */
export declare class ByteInterner {
    #private;
    /** Id stored for bytes `data[from, to)`, or -2 when unknown. */
    get(data: Uint8Array, from: number, to: number): number;
    /** Remembers `id` for bytes `data[from, to)` (which must not be present yet); ignored once the table is full. */
    set(data: Uint8Array, from: number, to: number, id: number): void;
}
