// Signature variants: the distinct sequences of (signing step, decision kind) over the cases, with how many cases
// follow each. Counts that depend only on a case's signatures (pair orders, skipped steps, Fisher tables, repeated or
// returned signatures) are computed once per variant and weighted by its cases: approval logs have a few hundred
// variants for hundreds of thousands of cases.

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

const HASH_SEED = 0x811c9dc5;

function sameSignatures(table: SignatureTable, a: number, b: number, length: number): boolean {
  for (let j = 0; j < length; j++) if (table.step[a + j] !== table.step[b + j] || table.kind[a + j] !== table.kind[b + j]) return false;
  return true;
}

/**
 * Groups the cases of `table` by their sequence of (step, decision kind): a 32-bit hash per case, an open-addressing
 * table of variant ids kept at most half full (doubled and refilled from the kept hashes as variants come: sized to
 * the variants, not the cases), each hit confirmed by comparing with the variant's first case. O(signatures + cases).
 */
export function signatureVariants(table: SignatureTable): SignatureVariants {
  const { caseStart, step, kind } = table;
  const cases = caseStart.length - 1;
  const of = new Int32Array(cases);
  let mask = 15;
  let slots = new Int32Array(mask + 1).fill(-1);
  const first: number[] = [];
  const hashes: number[] = [];
  const count: number[] = [];
  for (let c = 0; c < cases; c++) {
    const from = caseStart[c] as number;
    const to = caseStart[c + 1] as number;
    let hash = HASH_SEED ^ (to - from);
    for (let i = from; i < to; i++) hash = Math.imul(hash ^ (((step[i] as number) << 2) | (kind[i] as number)), 0x01000193);
    let slot = hash & mask;
    let v = slots[slot] as number;
    while (v >= 0) {
      const other = first[v] as number;
      const otherFrom = caseStart[other] as number;
      if (hashes[v] === hash && (caseStart[other + 1] as number) - otherFrom === to - from && sameSignatures(table, from, otherFrom, to - from)) break;
      slot = (slot + 1) & mask;
      v = slots[slot] as number;
    }
    if (v < 0) {
      v = first.length;
      slots[slot] = v;
      first.push(c);
      hashes.push(hash);
      count.push(0);
      if (2 * first.length > mask) {
        mask = 2 * mask + 1;
        slots = new Int32Array(mask + 1).fill(-1);
        for (let u = 0; u < first.length; u++) {
          let at = (hashes[u] as number) & mask;
          while ((slots[at] as number) >= 0) at = (at + 1) & mask;
          slots[at] = u;
        }
      }
    }
    of[c] = v;
    count[v] = (count[v] as number) + 1;
  }
  return { of, first: Int32Array.from(first), count: Int32Array.from(count) };
}

/**
 * Per variant, the offset among its cases' signatures of the first signature of step `s` (the same in every case of
 * the variant), -1 when it has none. O(variants' signatures).
 */
export function firstOffsets(table: SignatureTable, variants: SignatureVariants, s: number): Int32Array {
  const offsets = new Int32Array(variants.first.length).fill(-1);
  for (let v = 0; v < offsets.length; v++) {
    const c = variants.first[v] as number;
    const from = table.caseStart[c] as number;
    const to = table.caseStart[c + 1] as number;
    for (let i = from; i < to; i++) {
      if (table.step[i] === s) {
        offsets[v] = i - from;
        break;
      }
    }
  }
  return offsets;
}

/** Where step `s` signs in each variant: variant v's offsets are `offsets[start[v]]` to `offsets[start[v + 1] - 1]`. */
export interface StepOffsets {
  readonly start: Int32Array;
  /** Offsets among the variant's signatures (the same in every case of the variant), ascending. */
  readonly offsets: Int32Array;
}

/** Per variant, the offsets of the signatures of step `s` in its cases. O(variants' signatures). */
export function stepOffsets(table: SignatureTable, variants: SignatureVariants, s: number): StepOffsets {
  const start = new Int32Array(variants.first.length + 1);
  const offsets: number[] = [];
  for (let v = 0; v < variants.first.length; v++) {
    const c = variants.first[v] as number;
    const from = table.caseStart[c] as number;
    const to = table.caseStart[c + 1] as number;
    for (let i = from; i < to; i++) if (table.step[i] === s) offsets.push(i - from);
    start[v + 1] = offsets.length;
  }
  return { start, offsets: Int32Array.from(offsets) };
}
