// Hand-built approval logs for the audit rule tests: each case a list of [step, decision, resource], one hour apart
// unless a wait (hours before the step) is given.

import { auditContext, DEFAULT_RULE_OPTIONS, type AuditContext, type RuleOptions } from '../../src/audit/audit-context.js';
import { buildSignatureTable, type SignatureOptions } from '../../src/audit/signature-table.js';
import type { EventLog } from '../../src/log/event-log.js';
import type { EventRow } from '../../src/log/log-builder.js';
import { logFromRows } from '../../src/log/log-from-rows.js';

/** [step, decision ('' for none), resource, hours waited before it (default 1)]. */
export type SignedStep = readonly [string, string, string?, number?];

const HOUR = 3_600_000;

/** A log of cases `c1`, `c2`, …; each case starts at its own day. */
export function signedLog(cases: readonly (readonly SignedStep[])[]): EventLog {
  const rows: EventRow[] = [];
  cases.forEach((steps, c) => {
    let time = c * 24 * HOUR;
    steps.forEach(([activity, decision, resource, wait], i) => {
      if (i > 0) time += (wait ?? 1) * HOUR;
      rows.push({ caseId: `c${c + 1}`, activity, time, resource: resource ?? 'staff', decision: decision === '' ? undefined : decision });
    });
  });
  return logFromRows(rows);
}

/** The audit context of a hand-built log. */
export function contextOf(cases: readonly (readonly SignedStep[])[], options: SignatureOptions = {}): AuditContext {
  const log = signedLog(cases);
  return auditContext(log, buildSignatureTable(log, options));
}

/** Rule options with overrides. */
export function ruleOptions(overrides: Partial<RuleOptions> = {}): RuleOptions {
  return { ...DEFAULT_RULE_OPTIONS, ...overrides };
}

/** `n` copies of a case. */
export function times(n: number, steps: readonly SignedStep[]): (readonly SignedStep[])[] {
  return Array.from({ length: n }, () => steps);
}
