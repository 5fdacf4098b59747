// Ordering helpers of the log builder: a stable per-case sort by time, and applying a permutation to columns in place.

/**
 * Applies `permutation` (new position i takes old position permutation[i]) to every column in place by following
 * its cycles; `permutation` itself is left unchanged. O(n × columns) time, O(n / 8) extra memory (a visited bitmap).
 */
export function permuteInPlace(permutation: Int32Array, ints: readonly Int32Array[], floats: readonly Float64Array[]): void {
  const n = permutation.length;
  const visited = new Uint8Array((n >> 3) + 1);
  const intTemp = new Int32Array(ints.length);
  const floatTemp = new Float64Array(floats.length);
  for (let first = 0; first < n; first++) {
    if ((visited[first >> 3] as number) & (1 << (first & 7)) || permutation[first] === first) continue;
    for (let k = 0; k < ints.length; k++) intTemp[k] = (ints[k] as Int32Array)[first] as number;
    for (let k = 0; k < floats.length; k++) floatTemp[k] = (floats[k] as Float64Array)[first] as number;
    let at = first;
    for (;;) {
      visited[at >> 3] = (visited[at >> 3] as number) | (1 << (at & 7));
      const from = permutation[at] as number;
      if (from === first) {
        for (let k = 0; k < ints.length; k++) (ints[k] as Int32Array)[at] = intTemp[k] as number;
        for (let k = 0; k < floats.length; k++) (floats[k] as Float64Array)[at] = floatTemp[k] as number;
        break;
      }
      for (let k = 0; k < ints.length; k++) {
        const column = ints[k] as Int32Array;
        column[at] = column[from] as number;
      }
      for (let k = 0; k < floats.length; k++) {
        const column = floats[k] as Float64Array;
        column[at] = column[from] as number;
      }
      at = from;
    }
  }
}

/** Stable sort of permutation[from, to) by time; insertion order breaks ties because positions are ascending. */
export function sortCaseByTime(permutation: Int32Array, from: number, to: number, time: Float64Array): void {
  let sorted = true;
  for (let i = from + 1; i < to && sorted; i++) {
    if ((time[permutation[i] as number] as number) < (time[permutation[i - 1] as number] as number)) sorted = false;
  }
  if (sorted) return;
  const slice = Array.from(permutation.subarray(from, to));
  slice.sort((a, b) => (time[a] as number) - (time[b] as number) || a - b);
  permutation.set(slice, from);
}
