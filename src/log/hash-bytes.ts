// What the byte-keyed hash tables of the reader and the builder share: the hash of a byte string, and their slot
// table, open addressing with linear probing over [entry + 1, hash] pairs (0 = empty), power-of-two size.

/**
 * 32-bit FNV-1a (Fowler, Noll, Vo) over the length, the first 8 and the last 8 bytes of `data[from, to)`, as a signed
 * int (what an Int32Array stores). Labels and ids are short and differ at their ends; tables always compare all bytes
 * on a hash match, so sampling costs only collisions. O(1): at most 16 bytes are read.
 */
export function hashBytes(data: Uint8Array, from: number, to: number): number {
  let hash = Math.imul(0x811c9dc5 ^ (to - from), 0x01000193);
  const head = Math.min(to, from + 8);
  for (let i = from; i < head; i++) {
    hash ^= data[i] as number;
    hash = Math.imul(hash, 0x01000193);
  }
  for (let i = Math.max(head, to - 8); i < to; i++) {
    hash ^= data[i] as number;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** Puts `entry` with `hash` into the first free slot from its home slot. Expected O(1) at most half full. */
export function placeEntry(slots: Int32Array, entry: number, hash: number): void {
  const mask = (slots.length >> 1) - 1;
  let slot = hash & mask;
  while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
  slots[2 * slot] = entry + 1;
  slots[2 * slot + 1] = hash;
}

/** A slot table twice the size of `slots` holding the same entries. O(slots). */
export function doubledSlots(slots: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(slots.length * 2);
  for (let slot = 0; slot < slots.length; slot += 2) if (slots[slot] !== 0) placeEntry(grown, (slots[slot] as number) - 1, slots[slot + 1] as number);
  return grown;
}
