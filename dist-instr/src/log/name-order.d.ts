import type { Dictionary } from './dictionary.js';
/**
 * `rank[id]` orders the names of `dictionary` as `a < b` on strings does (UTF-16 code units; names are distinct, so
 * ranks are too). Computed once per dictionary (one native string sort) and shared by every ranking after.
 * O(k log k) the first time for k names, O(1) after.
 */
export declare function nameRanks(dictionary: Dictionary): Int32Array;
/**
 * The ids of `dictionary` in alphabetical order of their names (the inverse of {@link nameRanks}). A stable sort of
 * them by other keys leaves ties in name order, so its comparator never reaches the names. O(1) after the first call.
 */
export declare function idsByName(dictionary: Dictionary): Int32Array;
