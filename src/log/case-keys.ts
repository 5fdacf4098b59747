// Case ids held as their UTF-8 bytes while a log is built. A reader finds a case again by hashing the bytes of its id
// field, and the ids become strings once, when the log is built. Keeping them as JS strings in a Map instead cost a
// string, a Map entry and the Map's growing copies per case, on each reader thread: on an export with 230,000
// interleaved cases that was a tenth of the ingest, mostly in fresh memory pages.

import { doubledSlots, hashBytes, placeEntry } from './hash-bytes.js';

/** The keys as plain data, for another thread: the bytes of all ids end to end, and where each id ends. */
export interface CaseKeyParts {
  readonly bytes: Uint8Array;
  readonly ends: Int32Array;
}

const EMPTY = 0;

/**
 * Case index by id bytes: an open-addressing table (linear probing, power-of-two size, at most half full) over an
 * arena of the ids in index order. Lookup O(length of the id) expected; memory the id bytes plus 20 bytes per case.
 */
export class CaseKeys {
  /** Per slot: index + 1 (0 = empty), then the hash. */
  #slots = new Int32Array(2 * 1024);
  /** Where each id ends in the arena (it starts where the previous one ends). */
  #ends = new Int32Array(512);
  #arena = new Uint8Array(8192);
  #used = 0;
  #count = 0;
  #ascii = true;
  #scratch = Buffer.alloc(256);

  /** Number of distinct ids. */
  get size(): number {
    return this.#count;
  }

  /** Index of the id with bytes `data[from, to)`, or -1. */
  indexOf(data: Uint8Array, from: number, to: number): number {
    const hash = hashBytes(data, from, to);
    const slots = this.#slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot] as number;
      if (entry === EMPTY) return -1;
      if (slots[2 * slot + 1] === hash && this.#equals(entry - 1, data, from, to)) return entry - 1;
    }
  }

  /** Index of the id with bytes `data[from, to)`, the next index when it is new. */
  intern(data: Uint8Array, from: number, to: number): number {
    const found = this.indexOf(data, from, to);
    return found >= 0 ? found : this.#add(data, from, to);
  }

  /** Index of the id `text` (its UTF-8 bytes), the next index when it is new. */
  internText(text: string): number {
    const length = Buffer.byteLength(text);
    if (length > this.#scratch.length) this.#scratch = Buffer.alloc(2 * length);
    this.#scratch.write(text, 0);
    return this.intern(this.#scratch, 0, length);
  }

  /** The ids as strings, by index. O(bytes): an all-ASCII arena is decoded once and cut. */
  texts(): string[] {
    const arena = Buffer.from(this.#arena.buffer, this.#arena.byteOffset, this.#used);
    const ends = this.#ends;
    const texts = new Array<string>(this.#count);
    const whole = this.#ascii ? arena.toString('latin1') : '';
    let start = 0;
    for (let k = 0; k < this.#count; k++) {
      const end = ends[k] as number;
      texts[k] = this.#ascii ? whole.slice(start, end) : arena.toString('utf8', start, end);
      start = end;
    }
    return texts;
  }

  /** Copies of the arena and the ends, exact size (transferable). O(bytes). */
  parts(): CaseKeyParts {
    return { bytes: this.#arena.slice(0, this.#used), ends: this.#ends.slice(0, this.#count) };
  }

  #add(data: Uint8Array, from: number, to: number): number {
    const index = this.#count;
    if ((index + 1) * 4 > this.#slots.length) this.#slots = doubledSlots(this.#slots);
    const length = to - from;
    if (this.#used + length > this.#arena.length) {
      const arena = new Uint8Array(Math.max(2 * this.#arena.length, this.#used + length));
      arena.set(this.#arena.subarray(0, this.#used));
      this.#arena = arena;
    }
    if (index === this.#ends.length) {
      const ends = new Int32Array(2 * index);
      ends.set(this.#ends);
      this.#ends = ends;
    }
    const arena = this.#arena;
    // A byte loop: ids are short, and a subarray per new id costs more than copying it here.
    for (let i = from, at = this.#used; i < to; i++, at++) {
      const byte = data[i] as number;
      arena[at] = byte;
      if (byte >= 0x80) this.#ascii = false;
    }
    this.#used += length;
    this.#ends[index] = this.#used;
    this.#count = index + 1;
    placeEntry(this.#slots, index, hashBytes(data, from, to));
    return index;
  }

  #equals(index: number, data: Uint8Array, from: number, to: number): boolean {
    const end = this.#ends[index] as number;
    let at = index === 0 ? 0 : (this.#ends[index - 1] as number);
    if (end - at !== to - from) return false;
    const arena = this.#arena;
    for (let i = from; i < to; i++, at++) if (arena[at] !== data[i]) return false;
    return true;
  }
}
