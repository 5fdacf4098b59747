// What every audit rule reads, computed once per audit: the log, its signature table and signature variants, the
// waiting in front of each event, service times, case throughput and per-step figures.

import type { EventLog } from '../log/event-log.js';
import type { WorkingCalendar } from '../performance/calendar.js';
import { caseThroughput } from '../performance/case-throughput.js';
import { eventService, eventWaiting } from '../performance/event-waiting.js';
import { REJECT, RETURN } from './decision-kinds.js';
import type { AuditLanguage } from './finding.js';
import type { SignatureTable } from './signature-table.js';
import { signatureVariants, type SignatureVariants } from './signature-variants.js';

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
  /** Waiting in front of each signature of the step, seconds (first events of a case count 0), in signature order. */
  readonly waiting: Float64Array;
}

/** The shared input of every rule. */
export interface AuditContext {
  readonly log: EventLog;
  readonly signatures: SignatureTable;
  /** The cases grouped by their sequence of (signing step, decision kind). */
  readonly variants: SignatureVariants;
  /** Waiting per event in seconds (working seconds with a calendar); 0 for first events. */
  readonly waiting: Float64Array;
  /** Service per event in seconds, 0 where unknown; null when the log has no start times (every service time 0). */
  readonly service: Float64Array | null;
  /** Throughput per case in seconds. */
  readonly throughput: Float64Array;
  readonly calendar: WorkingCalendar | undefined;
  /** Seconds in a day of the durations (86,400, or the calendar's working day). */
  readonly dayLength: number;
  readonly steps: readonly StepStats[];
  /** Case index per signature (parallel to the signature table's columns). */
  readonly caseOf: Int32Array;
  /**
   * Cases with at least one signature of step `s`, ascending, are `stepCases[stepCaseStart[s]]` to
   * `stepCases[stepCaseStart[s + 1] - 1]` (use {@link casesWithStep}).
   */
  readonly stepCaseStart: Int32Array;
  readonly stepCases: Int32Array;
}

/** The cases (ascending, each once) with at least one signature of step `s`. O(1): a view, not a copy. */
export function casesWithStep(context: AuditContext, s: number): Int32Array {
  return context.stepCases.subarray(context.stepCaseStart[s] ?? 0, context.stepCaseStart[s + 1] ?? 0);
}

/** Waiting plus service of event `e`, seconds: how long a step held the case up, counted from the previous event's end. */
export function timeInFront(context: AuditContext, e: number): number {
  const wait = context.waiting[e] as number;
  return context.service ? wait + (context.service[e] as number) : wait;
}

/** Whether a decision kind is a rejection or a return. */
export function isNegative(kind: number): boolean {
  return kind === REJECT || kind === RETURN;
}

/**
 * Builds the context: one pass for waiting, service and throughput; the signature variants (two passes over the
 * signatures) and the per-step counts from them; one pass laying out each step's waiting and cases by counting sort
 * (and the case of each signature). O(n), typed arrays only.
 */
export function auditContext(log: EventLog, signatures: SignatureTable, calendar?: WorkingCalendar): AuditContext {
  const waiting = eventWaiting(log, calendar);
  // eventWaiting gives NaN to the first event of each case only (every other gap is a number ≥ 0): no sweep of every event.
  for (let c = 0; c + 1 < log.caseStart.length; c++) if ((log.caseStart[c] as number) < (log.caseStart[c + 1] as number)) waiting[log.caseStart[c] as number] = 0;
  const measured = eventService(log, calendar);
  // Without a start column every service time is 0: no array of zeros.
  const service = measured;
  if (service) for (let e = 0; e < service.length; e++) if (Number.isNaN(service[e])) service[e] = 0;
  const throughput = caseThroughput(log, calendar);
  const stepCount = signatures.stepNames.length;
  const cases = new Int32Array(stepCount);
  const count = new Int32Array(stepCount);
  const approvals = new Int32Array(stepCount);
  const negatives = new Int32Array(stepCount);
  const seenIn = new Int32Array(stepCount).fill(-1);
  const caseCount = log.caseIds.length;
  const { step, kind, event, caseStart: signatureStart } = signatures;
  // The counts per step depend on a case's signatures only: counted on each variant's first case, times its cases.
  const variants = signatureVariants(signatures);
  for (let v = 0; v < variants.first.length; v++) {
    const c = variants.first[v] as number;
    const weight = variants.count[v] as number;
    const to = signatureStart[c + 1] as number;
    for (let i = signatureStart[c] as number; i < to; i++) {
      const s = step[i] as number;
      const k = kind[i] as number;
      count[s] = (count[s] as number) + weight;
      if (k === 0) approvals[s] = (approvals[s] as number) + weight;
      else if (isNegative(k)) negatives[s] = (negatives[s] as number) + weight;
      if (seenIn[s] !== v) {
        seenIn[s] = v;
        cases[s] = (cases[s] as number) + weight;
      }
    }
  }
  const caseOf = new Int32Array(step.length);
  const stepCaseStart = new Int32Array(stepCount + 1);
  for (let s = 0; s < stepCount; s++) stepCaseStart[s + 1] = (stepCaseStart[s] as number) + (cases[s] as number);
  const stepCases = new Int32Array(stepCaseStart[stepCount] as number);
  const caseCursor = stepCaseStart.slice(0, stepCount);
  const waits = Array.from({ length: stepCount }, (_, s) => new Float64Array(count[s] as number));
  const filled = new Int32Array(stepCount);
  seenIn.fill(-1);
  for (let c = 0; c < caseCount; c++) {
    const to = signatureStart[c + 1] as number;
    for (let i = signatureStart[c] as number; i < to; i++) {
      const s = step[i] as number;
      const at = filled[s] as number;
      caseOf[i] = c;
      (waits[s] as Float64Array)[at] = waiting[event[i] as number] as number;
      filled[s] = at + 1;
      if (seenIn[s] !== c) {
        seenIn[s] = c;
        stepCases[caseCursor[s] as number] = c;
        caseCursor[s] = (caseCursor[s] as number) + 1;
      }
    }
  }
  const steps = waits.map((wait, s) => ({ cases: cases[s] as number, signatures: count[s] as number, approvals: approvals[s] as number, negatives: negatives[s] as number, waiting: wait }));
  return { log, signatures, variants, waiting, service, throughput, calendar, dayLength: calendar ? calendar.dayLength : 86_400, steps, caseOf, stepCaseStart, stepCases };
}
