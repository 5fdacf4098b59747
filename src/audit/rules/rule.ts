// The one shape every audit rule has.

import type { AuditContext, RuleOptions } from '../audit-context.js';
import type { Finding } from '../finding.js';

/** An audit rule: an id, a one-line description, and a pure check over the shared context. */
export interface AuditRule {
  readonly id: string;
  readonly describe: string;
  check(context: AuditContext, options: RuleOptions): Finding[];
}

/** Case ids of a set of case indexes, in case order. O(k log k). */
export function caseIdsOf(context: AuditContext, cases: Iterable<number>): string[] {
  return [...new Set(cases)].sort((a, b) => a - b).map((c) => context.log.caseIds[c] ?? '');
}

/** Share of all cases, 0 for an empty log. */
export function caseShare(context: AuditContext, cases: number): number {
  const all = context.log.caseIds.length;
  return all === 0 ? 0 : cases / all;
}
