// Interning straight from bytes: a repeated value (a step name, a user, a case id) is found by hashing its bytes, so it
// is decoded to a string only the first time it is seen. This halves ingest time against decode-then-Map lookups.

import { doubledSlots, hashBytes, placeEntry } from '../../log/hash-bytes.js';

const EMPTY = 0;
/** Past this many distinct values a column is treated as unique-ish and the cache stops growing (memory bound). */
const MAX_ENTRIES = 1 << 18;

/**
 * Open-addressing hash table from byte strings to ids (FNV-1a hashes, linear probing, power-of-two size).
 * Lookup is O(length) expected; memory is the distinct bytes plus 24 bytes per entry, capped at {@link MAX_ENTRIES}.
 * Layout is for cache misses, which dominate on columns with 100k+ values (case ids, users): a slot holds its hash next
 * to its entry, and an entry's offset, length and id sit together, so a hit touches three cache lines, not six.
 */
export class ByteInterner {
  /** Per slot: entry + 1 (0 = empty), then the hash. */
  #slots = new Int32Array(2048);
  /** Per entry: offset in the arena, length, id. */
  #entries = new Int32Array(3 * 512);
  #arena = Buffer.alloc(8192);
  #arenaUsed = 0;
  #count = 0;

  /** Id stored for bytes `data[from, to)`, or -2 when unknown. */
  get(data: Uint8Array, from: number, to: number): number {
    const hash = hashBytes(data, from, to);
    const slots = this.#slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot] as number;
      if (entry === EMPTY) return -2;
      if (slots[2 * slot + 1] === hash) {
        const e = 3 * (entry - 1);
        if (this.#equals(e, data, from, to)) return this.#entries[e + 2] as number;
      }
    }
  }

  /** Remembers `id` for bytes `data[from, to)` (which must not be present yet); ignored once the table is full. */
  set(data: Uint8Array, from: number, to: number, id: number): void {
    if (this.#count >= MAX_ENTRIES) return;
    if ((this.#count + 1) * 4 > this.#slots.length) this.#slots = doubledSlots(this.#slots);
    const length = to - from;
    if (this.#arenaUsed + length > this.#arena.length) {
      const arena = Buffer.alloc(Math.max(this.#arena.length * 2, this.#arenaUsed + length));
      this.#arena.copy(arena, 0, 0, this.#arenaUsed);
      this.#arena = arena;
    }
    const index = this.#count++;
    if (3 * index === this.#entries.length) {
      const entries = new Int32Array(this.#entries.length * 2);
      entries.set(this.#entries);
      this.#entries = entries;
    }
    const arena = this.#arena;
    // A byte loop: values are short, and a subarray per new value costs more than copying it here.
    for (let i = from, at = this.#arenaUsed; i < to; i++, at++) arena[at] = data[i] as number;
    const e = 3 * index;
    this.#entries[e] = this.#arenaUsed;
    this.#entries[e + 1] = length;
    this.#entries[e + 2] = id;
    this.#arenaUsed += length;
    placeEntry(this.#slots, index, hashBytes(data, from, to));
  }

  #equals(e: number, data: Uint8Array, from: number, to: number): boolean {
    if (this.#entries[e + 1] !== to - from) return false;
    const arena = this.#arena;
    let at = this.#entries[e] as number;
    for (let i = from; i < to; i++, at++) if (arena[at] !== data[i]) return false;
    return true;
  }
}
