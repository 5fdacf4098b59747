// Interning straight from bytes: a repeated value (a step name, a user, a case id) is found by hashing its bytes, so it
// is decoded to a string only the first time it is seen. This halves ingest time against decode-then-Map lookups.

const EMPTY = 0;
/** Past this many distinct values a column is treated as unique-ish and the cache stops growing (memory bound). */
const MAX_ENTRIES = 1 << 18;

/**
 * Open-addressing hash table from byte strings to ids (FNV-1a hashes, linear probing, power-of-two size).
 * Lookup is O(length) expected; memory is the distinct bytes plus 16 bytes per entry, capped at {@link MAX_ENTRIES}.
 */
export class ByteInterner {
  #slots = new Int32Array(1024);
  #hash = new Int32Array(512);
  #offset = new Int32Array(512);
  #length = new Int32Array(512);
  #id = new Int32Array(512);
  #arena = Buffer.alloc(8192);
  #arenaUsed = 0;
  #entries = 0;

  /** Id stored for bytes `data[from, to)`, or -2 when unknown. */
  get(data: Uint8Array, from: number, to: number): number {
    const hash = hashBytes(data, from, to);
    const mask = this.#slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.#slots[slot] as number;
      if (entry === EMPTY) return -2;
      const e = entry - 1;
      if (this.#hash[e] === hash && this.#equals(e, data, from, to)) return this.#id[e] as number;
    }
  }

  /** Remembers `id` for bytes `data[from, to)` (which must not be present yet); ignored once the table is full. */
  set(data: Uint8Array, from: number, to: number, id: number): void {
    if (this.#entries >= MAX_ENTRIES) return;
    if ((this.#entries + 1) * 2 > this.#slots.length) this.#rehash();
    const length = to - from;
    if (this.#arenaUsed + length > this.#arena.length) {
      const arena = Buffer.alloc(Math.max(this.#arena.length * 2, this.#arenaUsed + length));
      this.#arena.copy(arena, 0, 0, this.#arenaUsed);
      this.#arena = arena;
    }
    const e = this.#entries++;
    if (e === this.#hash.length) this.#growEntries();
    const hash = hashBytes(data, from, to);
    const arena = this.#arena;
    // A byte loop: values are short, and a subarray per new value costs more than copying it here.
    for (let i = from, at = this.#arenaUsed; i < to; i++, at++) arena[at] = data[i] as number;
    this.#hash[e] = hash;
    this.#offset[e] = this.#arenaUsed;
    this.#length[e] = length;
    this.#id[e] = id;
    this.#arenaUsed += length;
    this.#place(e, hash);
  }

  #equals(e: number, data: Uint8Array, from: number, to: number): boolean {
    if (this.#length[e] !== to - from) return false;
    const arena = this.#arena;
    let at = this.#offset[e] as number;
    for (let i = from; i < to; i++, at++) if (arena[at] !== data[i]) return false;
    return true;
  }

  #place(e: number, hash: number): void {
    const mask = this.#slots.length - 1;
    let slot = hash & mask;
    while (this.#slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.#slots[slot] = e + 1;
  }

  #rehash(): void {
    this.#slots = new Int32Array(this.#slots.length * 2);
    for (let e = 0; e < this.#entries; e++) this.#place(e, this.#hash[e] as number);
  }

  #growEntries(): void {
    const grow = (array: Int32Array): Int32Array<ArrayBuffer> => {
      const next = new Int32Array(array.length * 2);
      next.set(array);
      return next;
    };
    this.#hash = grow(this.#hash);
    this.#offset = grow(this.#offset);
    this.#length = grow(this.#length);
    this.#id = grow(this.#id);
  }
}

/**
 * 32-bit FNV-1a over the length, the first 8 and the last 8 bytes, as a signed int (what Int32Array stores).
 * Labels are short and differ at their ends; equality is always checked on all bytes, so sampling costs only collisions.
 */
function hashBytes(data: Uint8Array, from: number, to: number): number {
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
