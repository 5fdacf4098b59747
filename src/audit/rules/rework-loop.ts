// rework-loop: a step signed again after it returned the case (ping-pong with the applicant).

import { summarize } from '../../performance/summarize.js';
import { spanSeconds } from '../../performance/event-waiting.js';
import type { AuditContext, RuleOptions } from '../audit-context.js';
import { RETURN } from '../decision-kinds.js';
import { casesText, faNumber, messageDuration, type Finding } from '../finding.js';
import { caseIdsOfSorted, caseShare, type AuditRule } from './rule.js';

/**
 * One finding per step that returned cases and signed them again later: cases, rounds (returns followed by a new
 * signature of the step), and the time lost per case (from each return to the step's next signature, summed).
 * Severity: medium when at least 10% of cases loop, else low. O(variants' signatures + cases + rounds).
 */
export const reworkLoop: AuditRule = {
  id: 'rework-loop',
  describe: 'a step signed again after it returned the case',
  check(context: AuditContext, options: RuleOptions): Finding[] {
    const { signatures, log, variants } = context;
    const { caseStart, event } = signatures;
    const spanOf = spanSeconds(context.calendar);
    // Which signatures close a round (and which return they answer) depends on a case's signatures only: found once
    // per signature variant, as offsets; only the time lost is read case by case.
    const pendingReturn = new Int32Array(signatures.stepNames.length).fill(-1);
    const roundStart = new Int32Array(variants.first.length + 1);
    const returned: number[] = [];
    const signed: number[] = [];
    for (let v = 0; v < variants.first.length; v++) {
      const from = caseStart[variants.first[v] as number] as number;
      const to = caseStart[(variants.first[v] as number) + 1] as number;
      for (let i = from; i < to; i++) {
        const s = signatures.step[i] as number;
        const returnedAt = pendingReturn[s] as number;
        if (returnedAt >= from) {
          returned.push(returnedAt - from);
          signed.push(i - from);
          pendingReturn[s] = -1;
        }
        if (signatures.kind[i] === RETURN) pendingReturn[s] = i;
      }
      roundStart[v + 1] = returned.length;
    }
    // Per step with rounds, in order of first appearance (variants are numbered in order of their first case, so
    // scanning them finds each step where scanning the cases would): its rounds and cases, weighted by variant.
    const stepCount = signatures.stepNames.length;
    const roundsOf = new Int32Array(stepCount);
    const casesOf = new Int32Array(stepCount);
    const seenIn = new Int32Array(stepCount).fill(-1);
    const order: number[] = [];
    for (let v = 0; v < variants.first.length; v++) {
      const from = caseStart[variants.first[v] as number] as number;
      const weight = variants.count[v] as number;
      for (let r = roundStart[v] as number; r < (roundStart[v + 1] as number); r++) {
        const s = signatures.step[from + (signed[r] as number)] as number;
        if (casesOf[s] === 0) order.push(s);
        roundsOf[s] = (roundsOf[s] as number) + weight;
        if (seenIn[s] !== v) {
          seenIn[s] = v;
          casesOf[s] = (casesOf[s] as number) + weight;
        }
      }
    }
    // The time lost per case and step, cases ascending, in borrowed buffers; each case's rounds summed in order.
    const lostOf: Float64Array[] = [];
    const caseListOf: Int32Array[] = [];
    for (const s of order) {
      lostOf[s] = context.scratch.float64(casesOf[s] as number);
      caseListOf[s] = context.scratch.int32(casesOf[s] as number);
    }
    const filled = new Int32Array(stepCount);
    const stamp = seenIn.fill(-1);
    for (let c = 0; c + 1 < caseStart.length; c++) {
      const v = variants.of[c] as number;
      const from = caseStart[c] as number;
      for (let r = roundStart[v] as number; r < (roundStart[v + 1] as number); r++) {
        const i = from + (signed[r] as number);
        const s = signatures.step[i] as number;
        const lost = lostOf[s] as Float64Array;
        if (stamp[s] !== c) {
          stamp[s] = c;
          (caseListOf[s] as Int32Array)[filled[s] as number] = c;
          lost[filled[s] as number] = 0;
          filled[s] = (filled[s] as number) + 1;
        }
        const at = (filled[s] as number) - 1;
        const span = spanOf(log.time[event[from + (returned[r] as number)] as number] as number, log.time[event[i] as number] as number);
        lost[at] = (lost[at] as number) + Math.max(0, span);
      }
    }
    const findings: Finding[] = [];
    for (const s of order) {
      const name = signatures.stepNames[s] ?? '';
      const rounds = roundsOf[s] as number;
      const cases = caseIdsOfSorted(context, caseListOf[s] as Int32Array);
      const time = summarize(lostOf[s] as Float64Array);
      context.scratch.give(lostOf[s] as Float64Array);
      context.scratch.give(caseListOf[s] as Int32Array);
      const share = caseShare(context, cases.length);
      findings.push({
        id: `rework-loop:${name}`,
        type: 'rework-loop',
        severity: share >= 0.1 ? 'medium' : 'low',
        activities: [name],
        cases,
        metrics: { cases: cases.length, rounds, timeLostMedian: time.median, timeLostTotal: time.total, impact: share },
        message:
          options.lang === 'fa'
            ? `«${name}» ${faNumber(cases.length)} پرونده را در ${faNumber(rounds)} دور برگشت داده و هر پرونده میانه ${messageDuration(time.median, context.dayLength, 'fa')} از دست داده است.`
            : `“${name}” sent ${casesText(cases.length)} back for ${rounds} rounds, losing a median ${messageDuration(time.median, context.dayLength, 'en')} per case.`,
      });
    }
    return findings;
  },
};
