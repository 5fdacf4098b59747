// What every audit rule reads, computed once per audit: the log, its signature table and signature variants, the
// waiting in front of each event, service times, case throughput, per-step counts, and a pool of scratch arrays.
// Per-step lists (a step's cases, the waiting in front of its signatures) are not kept: they are written on demand
// from the variants into borrowed buffers, which costs less than first touching memory to hold them all.

import type { EventLog } from '../log/event-log.js';
import type { WorkingCalendar } from '../performance/calendar.js';
import { caseThroughput } from '../performance/case-throughput.js';
import { eventService, eventWaiting, wholeSecondWaiting } from '../performance/event-waiting.js';
import { REJECT, RETURN } from './decision-kinds.js';
import type { AuditLanguage } from './finding.js';
import { scratchPool, type ScratchPool } from './scratch-pool.js';
import type { SignatureTable } from './signature-table.js';
import { signatureVariants, stepOffsets, type SignatureVariants } from './signature-variants.js';

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
}

/** The shared input of every rule. */
export interface AuditContext {
  readonly log: EventLog;
  readonly signatures: SignatureTable;
  /** The cases grouped by their sequence of (signing step, decision kind). */
  readonly variants: SignatureVariants;
  /**
   * Waiting per event in seconds (working seconds with a calendar); 0 for first events. Whole seconds in an Int32Array
   * when every waiting is one (half the memory of the doubles), else a Float64Array.
   */
  readonly waiting: Float64Array | Int32Array;
  /** Service per event in seconds, 0 where unknown; null when the log has no start times (every service time 0). */
  readonly service: Float64Array | null;
  /** Throughput per case in seconds. */
  readonly throughput: Float64Array;
  readonly calendar: WorkingCalendar | undefined;
  /** Seconds in a day of the durations (86,400, or the calendar's working day). */
  readonly dayLength: number;
  readonly steps: readonly StepStats[];
  /** Buffers the rules and the what-if borrow for per-case and per-step work, and give back. */
  readonly scratch: ScratchPool;
}

/**
 * The cases (ascending, each once) with at least one signature of step `s`, written into `into` (at least
 * `steps[s].cases` long); returns the filled part. O(cases + variants' signatures).
 */
export function casesWithStep(context: AuditContext, s: number, into: Int32Array = new Int32Array(context.steps[s]?.cases ?? 0)): Int32Array {
  const { variants } = context;
  const { start } = stepOffsets(context.signatures, variants, s);
  let size = 0;
  for (let c = 0; c < variants.of.length; c++) {
    const v = variants.of[c] as number;
    if ((start[v + 1] as number) > (start[v] as number)) into[size++] = c;
  }
  return into.subarray(0, size);
}

/**
 * The waiting in front of each signature of step `s`, seconds (first events of a case count 0), in signature order,
 * written into `into` (at least `steps[s].signatures` long); returns the filled part. O(cases + variants' signatures +
 * signatures of s).
 */
export function stepWaiting(context: AuditContext, s: number, into: Float64Array = new Float64Array(context.steps[s]?.signatures ?? 0)): Float64Array {
  const { variants, signatures, waiting } = context;
  const { caseStart, event } = signatures;
  const { start, offsets } = stepOffsets(signatures, variants, s);
  let size = 0;
  for (let c = 0; c < variants.of.length; c++) {
    const v = variants.of[c] as number;
    const base = caseStart[c] as number;
    for (let k = start[v] as number; k < (start[v + 1] as number); k++) into[size++] = waiting[event[base + (offsets[k] as number)] as number] as number;
  }
  return into.subarray(0, size);
}

/** The case of signature `i`: binary search of the signature table's case offsets, O(log cases). */
export function caseOfSignature(context: AuditContext, i: number): number {
  const { caseStart } = context.signatures;
  // The last case starting at or before i; empty cases before it start at i too, but end there.
  let low = 0;
  let high = caseStart.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((caseStart[middle] as number) <= i) low = middle;
    else high = middle - 1;
  }
  return low;
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

/** `waiting` with 0 for the first event of each case, where eventWaiting has NaN (and only there: no sweep of every event). */
function firstEventsWaitNothing(log: EventLog, waiting: Float64Array): Float64Array {
  for (let c = 0; c + 1 < log.caseStart.length; c++) if ((log.caseStart[c] as number) < (log.caseStart[c + 1] as number)) waiting[log.caseStart[c] as number] = 0;
  return waiting;
}

/**
 * Builds the context: one pass for waiting (two when it is not all whole seconds), service and throughput; the
 * signature variants (two passes over the signatures) and the per-step counts from each variant's first case, times
 * its cases. O(n), typed arrays only.
 */
export function auditContext(log: EventLog, signatures: SignatureTable, calendar?: WorkingCalendar): AuditContext {
  const waiting = wholeSecondWaiting(log, calendar) ?? firstEventsWaitNothing(log, eventWaiting(log, calendar));
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
  const { step, kind, caseStart: signatureStart } = signatures;
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
  const steps = Array.from({ length: stepCount }, (_, s) => ({ cases: cases[s] as number, signatures: count[s] as number, approvals: approvals[s] as number, negatives: negatives[s] as number }));
  return { log, signatures, variants, waiting, service, throughput, calendar, dayLength: calendar ? calendar.dayLength : 86_400, steps, scratch: scratchPool() };
}
