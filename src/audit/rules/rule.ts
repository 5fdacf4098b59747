// The one shape every audit rule has.

import { casesWithStep, type AuditContext, type RuleOptions } from '../audit-context.js';
import type { Finding } from '../finding.js';

/** An audit rule: an id, a one-line description, and a pure check over the shared context. */
export interface AuditRule {
  readonly id: string;
  readonly describe: string;
  check(context: AuditContext, options: RuleOptions): Finding[];
}

/**
 * Case ids of case indexes (any order, repeats allowed), in case order. The indexes are copied into an Int32Array and
 * sorted natively, with no comparator and no Set: O(k log k).
 */
export function caseIdsOf(context: AuditContext, cases: Iterable<number>): string[] {
  const sorted = Int32Array.from(cases).sort();
  const ids: string[] = [];
  let previous = -1;
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i] as number;
    if (c !== previous) ids.push(context.log.caseIds[c] ?? '');
    previous = c;
  }
  return ids;
}

/** From this many cases on, a list equal to one already made for the context is shared rather than made again. */
const SHARED_FROM = 4096;
const longLists = new WeakMap<AuditContext, Map<number, (readonly string[])[]>>();

/**
 * Case ids of case indexes already ascending and distinct (e.g. {@link casesWithStep}). Long lists equal to one made
 * before for the context (steps signed in the same cases, a bottleneck at the step they lead to) are that list: each
 * is compared id by id before a new one is filled. O(k) per list made before of the same length.
 */
export function caseIdsOfSorted(context: AuditContext, cases: ArrayLike<number>): readonly string[] {
  const { caseIds } = context.log;
  const n = cases.length;
  let sameLength: (readonly string[])[] | undefined;
  if (n >= SHARED_FROM) {
    let byLength = longLists.get(context);
    if (!byLength) longLists.set(context, (byLength = new Map()));
    sameLength = byLength.get(n);
    if (!sameLength) byLength.set(n, (sameLength = []));
    for (const earlier of sameLength) {
      let i = 0;
      while (i < n && earlier[i] === caseIds[cases[i] as number]) i++;
      if (i === n) return earlier;
    }
  }
  const ids = new Array<string>(n);
  for (let i = 0; i < n; i++) ids[i] = caseIds[cases[i] as number] ?? '';
  sameLength?.push(ids);
  return ids;
}

const stepCaseIds = new WeakMap<AuditContext, Map<number, readonly string[]>>();

/**
 * Case ids of the cases with a signature of step `s` ({@link casesWithStep}, in a borrowed buffer), in case order: one
 * array per step and context, shared by every finding about the step (a rubber stamp that is also optional lists its
 * cases once). O(cases), once.
 */
export function caseIdsWithStep(context: AuditContext, s: number): readonly string[] {
  let bySteps = stepCaseIds.get(context);
  if (!bySteps) stepCaseIds.set(context, (bySteps = new Map()));
  let ids = bySteps.get(s);
  if (!ids) {
    const buffer = context.scratch.int32(context.steps[s]?.cases ?? 0);
    bySteps.set(s, (ids = caseIdsOfSorted(context, casesWithStep(context, s, buffer))));
    context.scratch.give(buffer);
  }
  return ids;
}

/** Share of all cases, 0 for an empty log. */
export function caseShare(context: AuditContext, cases: number): number {
  const all = context.log.caseIds.length;
  return all === 0 ? 0 : cases / all;
}
