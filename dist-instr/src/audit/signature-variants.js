// Signature variants: the distinct sequences of (signing step, decision kind) over the cases, with how many cases
// follow each. Counts that depend only on a case's signatures (pair orders, skipped steps, Fisher tables, repeated or
// returned signatures) are computed once per variant and weighted by its cases: approval logs have a few hundred
// variants for hundreds of thousands of cases.
const HASH_SEED = 0x811c9dc5;
function sameSignatures(table, a, b, length) {
    for (let j = 0; j < length; j++)
        if (table.step[a + j] !== table.step[b + j] || table.kind[a + j] !== table.kind[b + j])
            return false;
    return true;
}
/**
 * Groups the cases of `table` by their sequence of (step, decision kind): a 32-bit hash per case, an open-addressing
 * table of variant ids, each hit confirmed by comparing with the variant's first case. O(signatures + cases).
 */
export function signatureVariants(table) {
    const { caseStart, step, kind } = table;
    const cases = caseStart.length - 1;
    const of = new Int32Array(cases);
    let size = 16;
    while (size < 2 * cases)
        size *= 2;
    const mask = size - 1;
    const slots = new Int32Array(size).fill(-1);
    const first = [];
    const hashes = [];
    const count = [];
    for (let c = 0; c < cases; c++) {
        const from = caseStart[c];
        const to = caseStart[c + 1];
        let hash = HASH_SEED ^ (to - from);
        for (let i = from; i < to; i++)
            hash = Math.imul(hash ^ ((step[i] << 2) | kind[i]), 0x01000193);
        let slot = hash & mask;
        let v = slots[slot];
        while (v >= 0) {
            const other = first[v];
            const otherFrom = caseStart[other];
            if (hashes[v] === hash && caseStart[other + 1] - otherFrom === to - from && sameSignatures(table, from, otherFrom, to - from))
                break;
            slot = (slot + 1) & mask;
            v = slots[slot];
        }
        if (v < 0) {
            v = first.length;
            slots[slot] = v;
            first.push(c);
            hashes.push(hash);
            count.push(0);
        }
        of[c] = v;
        count[v] = count[v] + 1;
    }
    return { of, first: Int32Array.from(first), count: Int32Array.from(count) };
}
/**
 * Per variant, the offset among its cases' signatures of the first signature of step `s` (the same in every case of
 * the variant), -1 when it has none. O(variants' signatures).
 */
export function firstOffsets(table, variants, s) {
    const offsets = new Int32Array(variants.first.length).fill(-1);
    for (let v = 0; v < offsets.length; v++) {
        const c = variants.first[v];
        const from = table.caseStart[c];
        const to = table.caseStart[c + 1];
        for (let i = from; i < to; i++) {
            if (table.step[i] === s) {
                offsets[v] = i - from;
                break;
            }
        }
    }
    return offsets;
}
/** Per variant, how many signatures of step `s` each of its cases has. O(variants' signatures). */
export function stepCounts(table, variants, s) {
    const counts = new Int32Array(variants.first.length);
    for (let v = 0; v < counts.length; v++) {
        const c = variants.first[v];
        for (let i = table.caseStart[c]; i < table.caseStart[c + 1]; i++)
            if (table.step[i] === s)
                counts[v] = counts[v] + 1;
    }
    return counts;
}
