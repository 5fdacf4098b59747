// The audit as one pure function: log and options in, ranked findings and the what-if out. What `redtape audit` and
// the HTML report call.

import { UserError } from '../errors.js';
import type { EventLog } from '../log/event-log.js';
import { calendarForLog, type CalendarSpec } from '../performance/calendar.js';
import { workWeekText } from '../performance/parse-work-hours.js';
import { auditContext, DEFAULT_RULE_OPTIONS, type AuditContext, type RuleOptions } from './audit-context.js';
import { rankFindings, type Finding } from './finding.js';
import { AUDIT_RULES, RULE_IDS } from './rules/index.js';
import { buildSignatureTable, type SignatureOptions } from './signature-table.js';
import { whatIf, type WhatIf } from './what-if.js';

export interface AuditOptions extends SignatureOptions, Partial<RuleOptions> {
  /** Rule ids to run (default: all). */
  readonly rules?: readonly string[];
  /** Working calendar: durations become working seconds. */
  readonly calendar?: CalendarSpec;
  /** Findings from elsewhere (`--policy`) ranked with the audit's own. */
  readonly extraFindings?: readonly Finding[];
}

/** What was audited. */
export interface AuditLogSummary {
  readonly files: readonly string[];
  readonly events: number;
  readonly cases: number;
  readonly signatures: number;
  readonly signingSteps: readonly string[];
  readonly timeRange: { readonly start: string; readonly end: string } | null;
  /** `elapsed` or the working week, e.g. `sat-wed 08:00-14:00`. */
  readonly time: string;
  /** Seconds in a day of the durations: 86,400, or the calendar's working day. */
  readonly dayLength: number;
  readonly rules: readonly string[];
  /** Caveats about the data, e.g. one account signing most signatures (anonymized or shared logins). */
  readonly warnings: readonly string[];
}

/** One resource signing at least this share of all signatures, in several steps, looks like a shared account. */
export const SHARED_ACCOUNT_SHARE = 0.5;

/**
 * Warnings for resources signing at least {@link SHARED_ACCOUNT_SHARE} of all signatures in two or more steps, in
 * order of their first signature. Counts per resource in a typed array borrowed from the context's pool; at most two
 * resources can reach half, so only they are looked at again for their steps. O(signatures + resources).
 */
function sharedAccountWarnings(context: AuditContext): string[] {
  const { log, signatures: table, scratch } = context;
  const total = table.event.length;
  const count = scratch.int32(log.resources.size).fill(0);
  for (let i = 0; i < total; i++) {
    const r = log.resource[table.event[i] as number] as number;
    if (r >= 0) count[r] = (count[r] as number) + 1;
  }
  const heavy: number[] = [];
  for (let r = 0; r < count.length; r++) if ((count[r] as number) > 0 && (count[r] as number) >= SHARED_ACCOUNT_SHARE * total) heavy.push(r);
  const countOf = new Map(heavy.map((r) => [r, count[r] as number]));
  scratch.give(count);
  if (heavy.length === 0) return [];
  const firstAt = new Map<number, number>();
  const steps = new Map<number, Set<number>>(heavy.map((r) => [r, new Set<number>()]));
  for (let i = 0; i < total; i++) {
    const r = log.resource[table.event[i] as number] as number;
    const set = steps.get(r);
    if (!set) continue;
    if (!firstAt.has(r)) firstAt.set(r, i);
    set.add(table.step[i] as number);
  }
  heavy.sort((a, b) => (firstAt.get(a) ?? 0) - (firstAt.get(b) ?? 0));
  const warnings: string[] = [];
  for (const r of heavy) {
    const n = countOf.get(r) ?? 0;
    const stepCount = steps.get(r)?.size ?? 0;
    if (stepCount >= 2) {
      const share = Math.round((100 * n) / total);
      warnings.push(`resource "${log.resources.nameOf(r)}" signs ${share}% of all signatures in ${stepCount} steps: an anonymized or shared account? segregation-of-duties and same-person findings then say little`);
    }
  }
  return warnings;
}

export interface AuditResult {
  readonly log: AuditLogSummary;
  readonly findings: readonly Finding[];
  readonly whatIf: WhatIf;
}

/**
 * Audits `log`: builds the signature table and the shared context once, runs the selected rules, ranks the findings
 * (severity, then impact) and estimates what removing the redundant signatures would save. O(n log n) overall.
 */
export function auditLog(log: EventLog, options: AuditOptions = {}): AuditResult {
  const rules = options.rules ?? RULE_IDS;
  const unknown = rules.filter((id) => !RULE_IDS.includes(id));
  if (unknown.length > 0) throw new UserError(`unknown rule ${unknown.join(', ')}: use ${RULE_IDS.join(', ')}`);
  const ruleOptions: RuleOptions = {
    minSupport: options.minSupport ?? DEFAULT_RULE_OPTIONS.minSupport,
    maxRejectRate: options.maxRejectRate ?? DEFAULT_RULE_OPTIONS.maxRejectRate,
    lang: options.lang ?? DEFAULT_RULE_OPTIONS.lang,
    fourEyes: options.fourEyes ?? DEFAULT_RULE_OPTIONS.fourEyes,
  };
  const signatures = buildSignatureTable(log, options);
  const calendar = options.calendar ? calendarForLog(options.calendar, log) : undefined;
  const context = auditContext(log, signatures, calendar);
  const own = AUDIT_RULES.filter((rule) => rules.includes(rule.id)).flatMap((rule) => rule.check(context, ruleOptions));
  const findings = rankFindings([...own, ...(options.extraFindings ?? [])]);
  // Events are sorted by time within a case: the earliest and latest are among each case's first and last events.
  let first = Infinity;
  let last = -Infinity;
  for (let c = 0; c + 1 < log.caseStart.length; c++) {
    const from = log.caseStart[c] as number;
    const to = log.caseStart[c + 1] as number;
    if (from === to) continue;
    if ((log.time[from] as number) < first) first = log.time[from] as number;
    if ((log.time[to - 1] as number) > last) last = log.time[to - 1] as number;
  }
  return {
    log: {
      files: log.source.files,
      events: log.activity.length,
      cases: log.caseIds.length,
      signatures: signatures.event.length,
      signingSteps: signatures.stepNames.filter((_, s) => (context.steps[s]?.signatures ?? 0) > 0),
      timeRange: Number.isFinite(first) ? { start: new Date(first).toISOString(), end: new Date(last).toISOString() } : null,
      time: calendar && !calendar.calendarTime ? `working time: ${workWeekText(options.calendar?.week.spans ?? [])}${options.calendar?.holidays.length ? ` + ${options.calendar.holidays.length} holidays` : ''}` : 'elapsed',
      dayLength: context.dayLength,
      rules,
      warnings: sharedAccountWarnings(context),
    },
    findings,
    whatIf: whatIf(context, own),
  };
}
