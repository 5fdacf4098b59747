// What removing the redundant signatures would save: each case's throughput recomputed without the waiting the
// removed steps add (and with parallelizable pairs requested together). An estimate, and labelled as one.

import { quantilesInPlace } from '../performance/quantiles-in-place.js';
import { caseOfSignature, timeInFront, type AuditContext } from './audit-context.js';
import type { Finding } from './finding.js';
import { repeatedSignatures } from './rules/duplicate-signature.js';
import { firstOffsets, stepOffsets } from './signature-variants.js';

/** Median and p90 of case throughput, seconds. */
export interface ThroughputFigures {
  readonly median: number;
  readonly p90: number;
}

export interface WhatIfScenario {
  /** Finding ids whose removal the scenario assumes. */
  readonly findings: readonly string[];
  /** Cases whose throughput changes. */
  readonly cases: number;
  readonly after: ThroughputFigures;
  /** Median and total of the seconds saved per changed case. */
  readonly savedMedian: number;
  readonly savedTotal: number;
}

export interface WhatIf {
  readonly estimate: true;
  readonly method: string;
  readonly before: ThroughputFigures;
  readonly perFinding: readonly WhatIfScenario[];
  /** Every redundant signature removed and every parallelizable pair overlapped at once; null without any. */
  readonly allRedundant: WhatIfScenario | null;
}

export const WHAT_IF_METHOD =
  'Estimate: each case keeps its recorded times, minus the waiting (working time with a calendar) in front of the removed signatures: ' +
  'every signature of a rubber-stamp, implied or optional step, and the repeated signatures of a duplicate-signature finding; ' +
  'for a parallelizable pair the shorter of the two (waiting + service) is saved, as if both were requested at once. ' +
  'Knock-on effects (queues, other steps speeding up or slowing down) are not modelled.';

const REMOVES_STEP = new Set(['rubber-stamp', 'implied-signature', 'optional-signature']);

/** Median and p90 by selection (no other figure); reorders `values` (callers pass arrays of their own). Expected O(n). */
function figures(values: Float64Array): ThroughputFigures {
  const [median, p90] = quantilesInPlace(values, [0.5, 0.9]) as [number, number];
  return { median, p90 };
}

/** Adds `values` into `into`, entry by entry. O(n). */
function addInto(into: Float64Array, values: Float64Array): void {
  for (let c = 0; c < into.length; c++) into[c] = (into[c] as number) + (values[c] as number);
}

/**
 * Each case's throughput after its cut (capped by the throughput) into `after`; `cut` becomes the list of savings of
 * the changed cases, in case order (a position is read before it is overwritten), their total summed in that order
 * (as summarizeInPlace sums). A function of its own, called once per scenario, so that its compiled code serves them
 * all. O(cases).
 */
function applyCut(cut: Float64Array, throughput: Float64Array, after: Float64Array): { changed: number; savedTotal: number } {
  let changed = 0;
  let savedTotal = 0;
  for (let c = 0; c < throughput.length; c++) {
    const reduced = Math.min(cut[c] as number, throughput[c] as number);
    after[c] = (throughput[c] as number) - reduced;
    if (reduced > 0) {
      cut[changed++] = reduced;
      savedTotal += reduced;
    }
  }
  return { changed, savedTotal };
}

/**
 * Per case, what overlapping steps `a` and `b` saves, written into `saving` (one entry per case): the shorter of the
 * two (waiting + service) of their first signatures, 0 where the case lacks one of them. Where the first signatures
 * are is read per signature variant. O(variants' signatures + cases).
 */
function pairSaving(context: AuditContext, a: number, b: number, saving: Float64Array): Float64Array {
  const { signatures, variants } = context;
  const { caseStart, event } = signatures;
  const offA = firstOffsets(signatures, variants, a);
  const offB = firstOffsets(signatures, variants, b);
  for (let c = 0; c < saving.length; c++) {
    const v = variants.of[c] as number;
    if ((offA[v] as number) < 0 || (offB[v] as number) < 0) {
      saving[c] = 0;
      continue;
    }
    const ea = event[(caseStart[c] as number) + (offA[v] as number)] as number;
    const eb = event[(caseStart[c] as number) + (offB[v] as number)] as number;
    saving[c] = Math.min(timeInFront(context, ea), timeInFront(context, eb));
  }
  return saving;
}

/**
 * The what-if of `findings` over `context`: one scenario per finding that removes or overlaps signatures, and all of
 * them together (an event removed by two findings is counted once; a pair is overlapped only when neither step is
 * removed). A removed step's waiting is read where each case's variant has the step's signatures, a duplicate
 * finding's from its repeated positions (each case found by binary search), each pair's per-case saving is computed
 * once, and the union is one pass over the signatures; every case's cut is summed in signature order. A scenario costs
 * O(removed signatures + cases) plus its median and p90 (expected O(cases)); O(signatures) per pair, and once for the
 * union.
 */
export function whatIf(context: AuditContext, findings: readonly Finding[]): WhatIf {
  const { signatures, variants, waiting, throughput, scratch } = context;
  const { caseStart, event } = signatures;
  const cases = throughput.length;
  const stepId = new Map(signatures.stepNames.map((name, s) => [name, s]));
  const repeats = findings.some((f) => f.type === 'duplicate-signature') ? repeatedSignatures(context) : new Int32Array(0);
  // Two borrowed buffers serve every scenario: the summaries below reorder them, and only their figures are kept.
  const cut = scratch.float64(cases);
  const after = scratch.float64(cases);
  /** The scenario once `cut` holds the waiting removed per case: adds the pairs' savings, caps by throughput. */
  const scenario = (ids: readonly string[], pairs: readonly Float64Array[]): WhatIfScenario => {
    for (const saving of pairs) addInto(cut, saving);
    const { changed, savedTotal } = applyCut(cut, throughput, after);
    const [savedMedian] = quantilesInPlace(cut.subarray(0, changed), [0.5]) as [number];
    return { findings: ids, cases: changed, after: figures(after), savedMedian, savedTotal };
  };
  /** Each case's cut is summed in signature order, from where its variant has the step's signatures. */
  const cutStep = (s: number): void => {
    cut.fill(0);
    const { start, offsets } = stepOffsets(signatures, variants, s);
    for (let c = 0; c < cases; c++) {
      const v = variants.of[c] as number;
      const base = caseStart[c] as number;
      for (let k = start[v] as number; k < (start[v + 1] as number); k++) cut[c] = (cut[c] as number) + (waiting[event[base + (offsets[k] as number)] as number] as number);
    }
  };
  const cutPositions = (positions: Int32Array): void => {
    cut.fill(0);
    for (let r = 0; r < positions.length; r++) {
      const i = positions[r] as number;
      const c = caseOfSignature(context, i);
      cut[c] = (cut[c] as number) + (waiting[event[i] as number] as number);
    }
  };
  const pairOf = (finding: Finding): [number, number] | null => {
    if (finding.type !== 'parallelizable') return null;
    const a = stepId.get(finding.activities[0] ?? '');
    const b = stepId.get(finding.activities[1] ?? '');
    return a === undefined || b === undefined ? null : [a, b];
  };
  const perFinding: WhatIfScenario[] = [];
  // What the union removes: every signature of a removed step, and the repeated signatures of a removed duplicate's step.
  const wholeStep = new Uint8Array(signatures.stepNames.length);
  const repeatsOf = new Uint8Array(signatures.stepNames.length);
  const allPairs: { a: number; b: number; saving: Float64Array }[] = [];
  const used: string[] = [];
  for (const finding of findings) {
    const s = stepId.get(finding.activities[0] ?? '');
    if (REMOVES_STEP.has(finding.type)) {
      if (s === undefined) continue;
      cutStep(s);
      perFinding.push(scenario([finding.id], []));
      wholeStep[s] = 1;
      used.push(finding.id);
      continue;
    }
    if (finding.type === 'duplicate-signature' && !finding.id.startsWith('duplicate-signature:same-person:')) {
      cutPositions(repeats.filter((i) => signatures.step[i] === s));
      perFinding.push(scenario([finding.id], []));
      if (s !== undefined) repeatsOf[s] = 1;
      used.push(finding.id);
      continue;
    }
    const pair = pairOf(finding);
    if (pair) {
      const saving = pairSaving(context, pair[0], pair[1], scratch.float64(cases));
      cut.fill(0);
      perFinding.push(scenario([finding.id], [saving]));
      allPairs.push({ a: pair[0], b: pair[1], saving });
      used.push(finding.id);
    }
  }
  after.set(throughput);
  const before = figures(after);
  let allRedundant: WhatIfScenario | null = null;
  if (used.length > 0) {
    // The union, in signature order, with `repeats` (ascending) walked alongside; a pair whose step loses a signature
    // anyway saves nothing more by overlapping.
    const removedStep = new Uint8Array(signatures.stepNames.length);
    const { step } = signatures;
    cut.fill(0);
    let next = 0;
    for (let c = 0; c < cases; c++) {
      const to = caseStart[c + 1] as number;
      for (let i = caseStart[c] as number; i < to; i++) {
        const s = step[i] as number;
        const repeated = next < repeats.length && repeats[next] === i;
        if (repeated) next++;
        if (wholeStep[s] === 0 && !(repeated && repeatsOf[s] === 1)) continue;
        removedStep[s] = 1;
        cut[c] = (cut[c] as number) + (waiting[event[i] as number] as number);
      }
    }
    const keptPairs = allPairs.filter(({ a, b }) => !removedStep[a] && !removedStep[b]).map(({ saving }) => saving);
    allRedundant = scenario(used, keptPairs);
  }
  for (const { saving } of allPairs) scratch.give(saving);
  scratch.give(cut);
  scratch.give(after);
  return { estimate: true, method: WHAT_IF_METHOD, before, perFinding, allRedundant };
}
