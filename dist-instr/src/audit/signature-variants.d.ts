import type { SignatureTable } from './signature-table.js';
/** The variants of a signature table; variant ids are given in order of first appearance. */
export interface SignatureVariants {
    /** Variant per case. */
    readonly of: Int32Array;
    /** First case of each variant (ascending): its signatures stand for every case of the variant. */
    readonly first: Int32Array;
    /** Cases per variant. */
    readonly count: Int32Array;
}
/**
 * Groups the cases of `table` by their sequence of (step, decision kind): a 32-bit hash per case, an open-addressing
 * table of variant ids, each hit confirmed by comparing with the variant's first case. O(signatures + cases).
 */
export declare function signatureVariants(table: SignatureTable): SignatureVariants;
/**
 * Per variant, the offset among its cases' signatures of the first signature of step `s` (the same in every case of
 * the variant), -1 when it has none. O(variants' signatures).
 */
export declare function firstOffsets(table: SignatureTable, variants: SignatureVariants, s: number): Int32Array;
/** Per variant, how many signatures of step `s` each of its cases has. O(variants' signatures). */
export declare function stepCounts(table: SignatureTable, variants: SignatureVariants, s: number): Int32Array;
