// Alphabetical order of the names of a dictionary, so that rankings with a name tie-break (by count, then name) compare
// integers instead of strings: 130,000 resources tied on a count of 1 or 2 make string comparison a sort's main cost.
const cache = new WeakMap();
function nameOrder(dictionary) {
    let order = cache.get(dictionary);
    if (order && order.ids.length === dictionary.size)
        return order;
    const names = dictionary.names;
    // The default sort compares strings by UTF-16 code units, as `<` does, without calling back into JavaScript.
    const sorted = names.slice().sort();
    const ids = new Int32Array(names.length);
    const rank = new Int32Array(names.length);
    for (let i = 0; i < sorted.length; i++) {
        const id = dictionary.idOf(sorted[i]);
        ids[i] = id;
        rank[id] = i;
    }
    order = { ids, rank };
    cache.set(dictionary, order);
    return order;
}
/**
 * `rank[id]` orders the names of `dictionary` as `a < b` on strings does (UTF-16 code units; names are distinct, so
 * ranks are too). Computed once per dictionary (one native string sort) and shared by every ranking after.
 * O(k log k) the first time for k names, O(1) after.
 */
export function nameRanks(dictionary) {
    return nameOrder(dictionary).rank;
}
/**
 * The ids of `dictionary` in alphabetical order of their names (the inverse of {@link nameRanks}). A stable sort of
 * them by other keys leaves ties in name order, so its comparator never reaches the names. O(1) after the first call.
 */
export function idsByName(dictionary) {
    return nameOrder(dictionary).ids;
}
