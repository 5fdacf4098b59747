/**
 * 32-bit FNV-1a (Fowler, Noll, Vo) over the length, the first 8 and the last 8 bytes of `data[from, to)`, as a signed
 * int (what an Int32Array stores). Labels and ids are short and differ at their ends; tables always compare all bytes
 * on a hash match, so sampling costs only collisions. O(1): at most 16 bytes are read.
 */
export declare function hashBytes(data: Uint8Array, from: number, to: number): number;
