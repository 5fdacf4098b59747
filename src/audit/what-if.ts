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

/**
 * The what-if of `findings` over `context`: one scenario per finding that removes or overlaps signatures, and all of
 * them together (an event removed by two findings is counted once; a pair is overlapped only when neither step is
 * removed). O(signatures + cases) per scenario, plus O(signatures) per overlapped pair; summaries by selection
 * (expected O(cases)), no sorting.
 */
export function whatIf(context: AuditContext, findings: readonly Finding[]): WhatIf {
  const { signatures, waiting, service, throughput } = context;
  const cases = throughput.length;
  const { caseOf } = context;
  const stepId = new Map(signatures.stepNames.map((name, s) => [name, s]));
  const repeats = findings.some((f) => f.type === 'duplicate-signature') ? repeatedSignatures(context) : new Int32Array(0);
  const scenario = (ids: readonly string[], removed: Uint8Array | null, pairs: readonly (readonly [number, number])[]): WhatIfScenario => {
    const cut = new Float64Array(cases);
    if (removed) for (let i = 0; i < removed.length; i++) if (removed[i]) {
        const c = caseOf[i] as number;
        cut[c] = (cut[c] as number) + (waiting[signatures.event[i] as number] as number);
      }
    for (const [a, b] of pairs) {
      for (let c = 0; c < cases; c++) {
        let ea = -1;
        let eb = -1;
        for (let i = signatures.caseStart[c] as number; i < (signatures.caseStart[c + 1] as number); i++) {
          const s = signatures.step[i] as number;
          if (s === a && ea < 0) ea = signatures.event[i] as number;
          else if (s === b && eb < 0) eb = signatures.event[i] as number;
        }
        if (ea >= 0 && eb >= 0) cut[c] = (cut[c] as number) + Math.min((waiting[ea] as number) + (service[ea] as number), (waiting[eb] as number) + (service[eb] as number));
      }
    }
    const after = new Float64Array(cases);
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
  const removes = (finding: Finding): boolean =>
    (REMOVES_STEP.has(finding.type) && stepId.has(finding.activities[0] ?? '')) ||
    (finding.type === 'duplicate-signature' && !finding.id.startsWith('duplicate-signature:same-person:'));
  const removalOf = (finding: Finding, into: Uint8Array): void => {
    const s = stepId.get(finding.activities[0] ?? '');
    if (REMOVES_STEP.has(finding.type)) {
      for (let i = 0; i < signatures.step.length; i++) if (signatures.step[i] === s) into[i] = 1;
    } else for (const i of repeats) if (signatures.step[i] === s) into[i] = 1;
  };
  const pairOf = (finding: Finding): [number, number] | null => {
    if (finding.type !== 'parallelizable') return null;
    const a = stepId.get(finding.activities[0] ?? '');
    const b = stepId.get(finding.activities[1] ?? '');
    return a === undefined || b === undefined ? null : [a, b];
  };
  const perFinding: WhatIfScenario[] = [];
  const all = new Uint8Array(signatures.event.length);
  const allPairs: [number, number][] = [];
  const used: string[] = [];
  for (const finding of findings) {
    if (removes(finding)) {
      const own = new Uint8Array(signatures.event.length);
      removalOf(finding, own);
      perFinding.push(scenario([finding.id], own, []));
      removalOf(finding, all);
      used.push(finding.id);
      continue;
    }
    const pair = pairOf(finding);
    if (pair) {
      perFinding.push(scenario([finding.id], null, [pair]));
      allPairs.push(pair);
      used.push(finding.id);
    }
  }
  // A pair whose step is removed anyway saves nothing more by overlapping.
  const removedStep = new Set<number>();
  for (let i = 0; i < all.length; i++) if (all[i]) removedStep.add(signatures.step[i] as number);
  const keptPairs = allPairs.filter(([a, b]) => !removedStep.has(a) && !removedStep.has(b));
  return {
    estimate: true,
    method: WHAT_IF_METHOD,
    before: figures(Float64Array.from(throughput)),
    perFinding,
    allRedundant: used.length === 0 ? null : scenario(used, all, keptPairs),
  };
}
