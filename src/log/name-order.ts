// Alphabetical rank of every name of a dictionary, so that rankings with a name tie-break (by count, then name) compare
// integers instead of strings: 130,000 resources tied on a count of 1 or 2 make string comparison the sort's main cost.

import type { Dictionary } from './dictionary.js';

const cache = new WeakMap<Dictionary, Int32Array>();

/**
 * `rank[id]` orders the names of `dictionary` as `a < b` on strings does (UTF-16 code units; names are distinct, so
 * ranks are too). Computed once per frozen dictionary (one native string sort) and shared by every ranking after.
 * O(k log k) the first time for k names, O(1) after.
 */
export function nameRanks(dictionary: Dictionary): Int32Array {
  let rank = cache.get(dictionary);
  if (rank && rank.length === dictionary.size) return rank;
  const names = dictionary.names;
  // The default sort compares strings by UTF-16 code units, as `<` does, without calling back into JavaScript.
  const sorted = names.slice().sort();
  rank = new Int32Array(names.length);
  for (let i = 0; i < sorted.length; i++) rank[dictionary.idOf(sorted[i] as string)] = i;
  cache.set(dictionary, rank);
  return rank;
}
