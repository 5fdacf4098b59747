// What every audit rule reads, computed once per audit: the log, its signature table, the waiting in front of each
// event, service times, case throughput and per-step figures.

import type { EventLog } from '../log/event-log.js';
import type { WorkingCalendar } from '../performance/calendar.js';
import { caseThroughput } from '../performance/case-throughput.js';
import { eventService, eventWaiting } from '../performance/event-waiting.js';
import { REJECT, RETURN } from './decision-kinds.js';
import type { AuditLanguage } from './finding.js';
import type { SignatureTable } from './signature-table.js';

/** Thresholds and choices the rules share (the CLI's options). */
export interface RuleOptions {
  /** Cases a pattern needs before it is reported (`--min-support`, default 30). */
  readonly minSupport: number;
  /** Rubber stamp: upper 95% Wilson bound on the reject+return rate below this (`--max-reject-rate`, default 0.01). */
  readonly maxRejectRate: number;
  readonly lang: AuditLanguage;
  /** `--four-eyes "A,B"` pairs of steps one person may not both sign. */
  readonly fourEyes: readonly (readonly [string, string])[];
}

export const DEFAULT_RULE_OPTIONS: RuleOptions = { minSupport: 30, maxRejectRate: 0.01, lang: 'en', fourEyes: [] };

/** Per signing step: counts over its signatures and the waiting in front of them. */
export interface StepStats {
  /** Cases with at least one signature of the step. */
  readonly cases: number;
  readonly signatures: number;
  readonly approvals: number;
  /** Signatures that rejected or returned. */
  readonly negatives: number;
  /** Waiting in front of each signature of the step, seconds (first events of a case count 0). */
  readonly waiting: Float64Array;
}

/** The shared input of every rule. */
export interface AuditContext {
  readonly log: EventLog;
  readonly signatures: SignatureTable;
  /** Waiting per event in seconds (working seconds with a calendar); 0 for first events. */
  readonly waiting: Float64Array;
  /** Service per event in seconds, 0 where unknown. */
  readonly service: Float64Array;
  /** Throughput per case in seconds. */
  readonly throughput: Float64Array;
  readonly calendar: WorkingCalendar | undefined;
  /** Seconds in a day of the durations (86,400, or the calendar's working day). */
  readonly dayLength: number;
  readonly steps: readonly StepStats[];
}

/** Whether a decision kind is a rejection or a return. */
export function isNegative(kind: number): boolean {
  return kind === REJECT || kind === RETURN;
}

/** Builds the context: one pass for waiting, service and throughput, one over the signatures. O(n). */
export function auditContext(log: EventLog, signatures: SignatureTable, calendar?: WorkingCalendar): AuditContext {
  const waiting = eventWaiting(log, calendar);
  for (let e = 0; e < waiting.length; e++) if (Number.isNaN(waiting[e])) waiting[e] = 0;
  const service = eventService(log, calendar) ?? new Float64Array(log.activity.length);
  for (let e = 0; e < service.length; e++) if (Number.isNaN(service[e])) service[e] = 0;
  const throughput = caseThroughput(log, calendar);
  const stepCount = signatures.stepNames.length;
  const cases = new Int32Array(stepCount);
  const count = new Int32Array(stepCount);
  const approvals = new Int32Array(stepCount);
  const negatives = new Int32Array(stepCount);
  const seenIn = new Int32Array(stepCount).fill(-1);
  const caseCount = log.caseIds.length;
  for (let c = 0; c < caseCount; c++) {
    for (let i = signatures.caseStart[c] as number; i < (signatures.caseStart[c + 1] as number); i++) {
      const s = signatures.step[i] as number;
      const kind = signatures.kind[i] as number;
      count[s] = (count[s] as number) + 1;
      if (kind === 0) approvals[s] = (approvals[s] as number) + 1;
      else if (isNegative(kind)) negatives[s] = (negatives[s] as number) + 1;
      if (seenIn[s] !== c) {
        seenIn[s] = c;
        cases[s] = (cases[s] as number) + 1;
      }
    }
  }
  const waits = Array.from({ length: stepCount }, (_, s) => new Float64Array(count[s] as number));
  const filled = new Int32Array(stepCount);
  for (let i = 0; i < signatures.step.length; i++) {
    const s = signatures.step[i] as number;
    (waits[s] as Float64Array)[filled[s] as number] = waiting[signatures.event[i] as number] as number;
    filled[s] = (filled[s] as number) + 1;
  }
  const steps = waits.map((wait, s) => ({ cases: cases[s] as number, signatures: count[s] as number, approvals: approvals[s] as number, negatives: negatives[s] as number, waiting: wait }));
  return { log, signatures, waiting, service, throughput, calendar, dayLength: calendar ? calendar.dayLength : 86_400, steps };
}
