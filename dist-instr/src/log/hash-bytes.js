// The hash of a byte string that the byte-keyed tables of the reader and the builder share.
/**
 * 32-bit FNV-1a (Fowler, Noll, Vo) over the length, the first 8 and the last 8 bytes of `data[from, to)`, as a signed
 * int (what an Int32Array stores). Labels and ids are short and differ at their ends; tables always compare all bytes
 * on a hash match, so sampling costs only collisions. O(1): at most 16 bytes are read.
 */
export function hashBytes(data, from, to) {
    let hash = Math.imul(0x811c9dc5 ^ (to - from), 0x01000193);
    const head = Math.min(to, from + 8);
    for (let i = from; i < head; i++) {
        hash ^= data[i];
        hash = Math.imul(hash, 0x01000193);
    }
    for (let i = Math.max(head, to - 8); i < to; i++) {
        hash ^= data[i];
        hash = Math.imul(hash, 0x01000193);
    }
    return hash | 0;
}
