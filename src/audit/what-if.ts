// What removing the redundant signatures would save: each case's throughput recomputed without the waiting the
// removed steps add (and with parallelizable pairs requested together). An estimate, and labelled as one.

import { summarizeInPlace } from '../performance/summarize.js';
import type { AuditContext } from './audit-context.js';
import type { Finding } from './finding.js';
import { repeatedSignatures } from './rules/duplicate-signature.js';

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

/** Median and p90 by selection; reorders `values` (callers pass arrays of their own). Expected O(n). */
function figures(values: Float64Array): ThroughputFigures {
  const summary = summarizeInPlace(values);
  return { median: summary.median, p90: summary.p90 };
}

/** Positions (ascending) of the signatures of each of `wanted` steps, in one pass. O(signatures). */
function positionsOfSteps(context: AuditContext, wanted: ReadonlySet<number>): Map<number, Int32Array> {
  const { step } = context.signatures;
  const slot = new Int32Array(context.signatures.stepNames.length).fill(-1);
  const lists: Int32Array[] = [];
  const filled: number[] = [];
  const result = new Map<number, Int32Array>();
  for (const s of wanted) {
    slot[s] = lists.length;
    const list = new Int32Array(context.steps[s]?.signatures ?? 0);
    lists.push(list);
    filled.push(0);
    result.set(s, list);
  }
  for (let i = 0; i < step.length; i++) {
    const at = slot[step[i] as number] as number;
    if (at < 0) continue;
    (lists[at] as Int32Array)[filled[at] as number] = i;
    filled[at] = (filled[at] as number) + 1;
  }
  return result;
}

/**
 * Per case, what overlapping steps `a` and `b` saves: the shorter of the two (waiting + service) of their first
 * signatures, 0 where the case lacks one of them. O(signatures).
 */
function pairSaving(context: AuditContext, a: number, b: number): Float64Array {
  const { signatures, waiting, service } = context;
  const { caseStart, step, event } = signatures;
  const saving = new Float64Array(caseStart.length - 1);
  for (let c = 0; c < saving.length; c++) {
    let ea = -1;
    let eb = -1;
    const to = caseStart[c + 1] as number;
    for (let i = caseStart[c] as number; i < to; i++) {
      const s = step[i] as number;
      if (s === a && ea < 0) ea = event[i] as number;
      else if (s === b && eb < 0) eb = event[i] as number;
    }
    if (ea >= 0 && eb >= 0) saving[c] = Math.min((waiting[ea] as number) + (service[ea] as number), (waiting[eb] as number) + (service[eb] as number));
  }
  return saving;
}

/**
 * The what-if of `findings` over `context`: one scenario per finding that removes or overlaps signatures, and all of
 * them together (an event removed by two findings is counted once; a pair is overlapped only when neither step is
 * removed). Removed signatures are lists of positions and each pair's per-case saving is computed once, so a scenario
 * costs O(removed signatures + cases) plus selection for its median and p90 (expected O(cases)); O(signatures) per
 * removed step or pair, and once for the union.
 */
export function whatIf(context: AuditContext, findings: readonly Finding[]): WhatIf {
  const { signatures, waiting, throughput, caseOf } = context;
  const cases = throughput.length;
  const stepId = new Map(signatures.stepNames.map((name, s) => [name, s]));
  const repeats = findings.some((f) => f.type === 'duplicate-signature') ? repeatedSignatures(context) : new Int32Array(0);
  // Two buffers serve every scenario: the summaries below reorder them, and only their figures are kept.
  const cut = new Float64Array(cases);
  const after = new Float64Array(cases);
  const scenario = (ids: readonly string[], removed: Int32Array, pairs: readonly Float64Array[]): WhatIfScenario => {
    cut.fill(0);
    for (let r = 0; r < removed.length; r++) {
      const i = removed[r] as number;
      const c = caseOf[i] as number;
      cut[c] = (cut[c] as number) + (waiting[signatures.event[i] as number] as number);
    }
    for (const saving of pairs) for (let c = 0; c < cases; c++) cut[c] = (cut[c] as number) + (saving[c] as number);
    // `cut` becomes the list of savings, in case order: a position is read before it is overwritten.
    let changed = 0;
    for (let c = 0; c < cases; c++) {
      const reduced = Math.min(cut[c] as number, throughput[c] as number);
      after[c] = (throughput[c] as number) - reduced;
      if (reduced > 0) cut[changed++] = reduced;
    }
    const savedSummary = summarizeInPlace(cut.subarray(0, changed));
    return { findings: ids, cases: changed, after: figures(after), savedMedian: savedSummary.median, savedTotal: savedSummary.total };
  };
  const removedSteps = new Set<number>();
  for (const finding of findings) {
    const s = stepId.get(finding.activities[0] ?? '');
    if (REMOVES_STEP.has(finding.type) && s !== undefined) removedSteps.add(s);
  }
  const byStep = positionsOfSteps(context, removedSteps);
  /** Positions (ascending) of the signatures a finding removes; null when it removes none. */
  const removalOf = (finding: Finding): Int32Array | null => {
    const s = stepId.get(finding.activities[0] ?? '');
    if (REMOVES_STEP.has(finding.type)) return s === undefined ? null : (byStep.get(s) ?? null);
    if (finding.type !== 'duplicate-signature' || finding.id.startsWith('duplicate-signature:same-person:')) return null;
    return repeats.filter((i) => signatures.step[i] === s);
  };
  const pairOf = (finding: Finding): [number, number] | null => {
    if (finding.type !== 'parallelizable') return null;
    const a = stepId.get(finding.activities[0] ?? '');
    const b = stepId.get(finding.activities[1] ?? '');
    return a === undefined || b === undefined ? null : [a, b];
  };
  const perFinding: WhatIfScenario[] = [];
  const all = new Uint8Array(signatures.event.length);
  const allPairs: { a: number; b: number; saving: Float64Array }[] = [];
  const used: string[] = [];
  let removedCount = 0;
  for (const finding of findings) {
    const removed = removalOf(finding);
    if (removed) {
      perFinding.push(scenario([finding.id], removed, []));
      for (let r = 0; r < removed.length; r++) {
        const i = removed[r] as number;
        removedCount += 1 - (all[i] as number);
        all[i] = 1;
      }
      used.push(finding.id);
      continue;
    }
    const pair = pairOf(finding);
    if (pair) {
      const saving = pairSaving(context, pair[0], pair[1]);
      perFinding.push(scenario([finding.id], new Int32Array(0), [saving]));
      allPairs.push({ a: pair[0], b: pair[1], saving });
      used.push(finding.id);
    }
  }
  // A pair whose step is removed anyway saves nothing more by overlapping.
  const allRemoved = new Int32Array(removedCount);
  const removedStep = new Uint8Array(signatures.stepNames.length);
  for (let i = 0, at = 0; i < all.length; i++) {
    if (!all[i]) continue;
    allRemoved[at++] = i;
    removedStep[signatures.step[i] as number] = 1;
  }
  const keptPairs = allPairs.filter(({ a, b }) => !removedStep[a] && !removedStep[b]).map(({ saving }) => saving);
  return {
    estimate: true,
    method: WHAT_IF_METHOD,
    before: figures(Float64Array.from(throughput)),
    perFinding,
    allRedundant: used.length === 0 ? null : scenario(used, allRemoved, keptPairs),
  };
}
