// Reusable typed arrays for one audit. On the machines the audit runs on, the first touch of fresh memory (a page
// fault per 4 KB, ~10 µs each under a hypervisor) costs more than the work done in it; the rules and the what-if
// borrow their per-case and per-step buffers from the context's pool and give them back instead of allocating their own.

/** Buffers lent out and taken back; a given-back buffer serves the next request it is large enough for. */
export interface ScratchPool {
  /** A Float64Array of exactly `length` elements, contents unspecified (earlier borrowers' values), until given back. */
  float64(length: number): Float64Array;
  /** An Int32Array of exactly `length` elements, contents unspecified, until given back. */
  int32(length: number): Int32Array;
  /** Returns an array borrowed from this pool. Throws on an array the pool did not lend or already has back. */
  give(array: Float64Array | Int32Array): void;
}

/**
 * An empty pool. A request takes the smallest free buffer large enough (O(free buffers), a handful), or allocates a
 * new one rounded up to a power of two bytes: lists of similar lengths (each step's signatures, the cases) then share
 * one buffer, and the pages past what a borrower writes are never touched, so the rounding costs address space only.
 * Buffers live as long as the pool.
 */
export function scratchPool(): ScratchPool {
  const free: ArrayBuffer[] = [];
  const lent = new Set<ArrayBuffer>();
  const take = (bytes: number): ArrayBuffer => {
    let best = -1;
    for (let i = 0; i < free.length; i++) {
      const size = (free[i] as ArrayBuffer).byteLength;
      if (size >= bytes && (best < 0 || size < (free[best] as ArrayBuffer).byteLength)) best = i;
    }
    const buffer = best < 0 ? new ArrayBuffer(bytes <= 8 ? 8 : 2 ** Math.ceil(Math.log2(bytes))) : (free.splice(best, 1)[0] as ArrayBuffer);
    lent.add(buffer);
    return buffer;
  };
  return {
    float64: (length) => new Float64Array(take(length * 8), 0, length),
    int32: (length) => new Int32Array(take(length * 4), 0, length),
    give(array) {
      const buffer = array.buffer as ArrayBuffer;
      if (!lent.delete(buffer)) throw new Error('scratch pool: given back an array it did not lend');
      free.push(buffer);
    },
  };
}
