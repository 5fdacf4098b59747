import { describe, expect, it } from 'vitest';
import { generateApprovalLog, toCsv, toEventRows, type GeneratedRow, type PlantedTruth } from '../../scripts/generate-approval-log.js';
import { logFromRows } from '../../src/log/log-from-rows.js';
import { readLog } from '../../src/io/read-log.js';
import { normalizeLabel } from '../../src/log/normalize-label.js';
import { tempFolder } from '../helpers/temp-files.js';

const files = tempFolder();

/** Good rows grouped by case, in time order (rows are already time-sorted). */
function byCase(rows: readonly GeneratedRow[]): Map<string, GeneratedRow[]> {
  const cases = new Map<string, GeneratedRow[]>();
  for (const row of rows) {
    if (row.defect) continue;
    const list = cases.get(row.caseId) ?? [];
    list.push(row);
    cases.set(row.caseId, list);
  }
  return cases;
}

const big = generateApprovalLog({ seed: 42, cases: 4000, language: 'en' });
const bigCases = byCase(big.rows);

describe('generateApprovalLog', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = generateApprovalLog({ seed: 3, cases: 200, language: 'fa', badRows: 4, mixedSpelling: true });
    const b = generateApprovalLog({ seed: 3, cases: 200, language: 'fa', badRows: 4, mixedSpelling: true });
    const c = generateApprovalLog({ seed: 4, cases: 200, language: 'fa', badRows: 4, mixedSpelling: true });
    expect(b).toEqual(a);
    expect(toCsv(b.rows, { dates: 'jalali', digits: 'mixed' })).toBe(toCsv(a.rows, { dates: 'jalali', digits: 'mixed' }));
    expect(c.rows.map((row) => row.time)).not.toEqual(a.rows.map((row) => row.time));
  });

  it('plants the same process in English and Persian for one seed (only labels and calendars differ)', () => {
    const en = generateApprovalLog({ seed: 9, cases: 300, language: 'en' });
    const fa = generateApprovalLog({ seed: 9, cases: 300, language: 'fa', mixedSpelling: true });
    const shape = (truth: PlantedTruth): number[] => [truth.events, truth.rework.cases.length, truth.rework.rounds, truth.sodCases.length, truth.rejectedCases.length,
      truth.duplicateSignature.sameStepCases.length, truth.duplicateSignature.samePersonCases.length];
    expect(shape(fa.truth)).toEqual(shape(en.truth));
    const steps = (rows: GeneratedRow[]): string[] => [...byCase(rows).values()].map((events) => events.map((row) => row.step).join(' '));
    expect(steps(fa.rows).sort()).toEqual(steps(en.rows).sort());
  });

  it('keeps truth labels canonical and every Arabic spelling normalizing to them', () => {
    const { rows, truth } = generateApprovalLog({ seed: 5, cases: 400, language: 'fa', mixedSpelling: true });
    for (const label of Object.values(truth.labels)) expect(normalizeLabel(label)).toBe(label);
    expect(rows.some((row) => /[يك]/.test(row.activity))).toBe(true);
    expect(rows.some((row) => row.decision === 'عودت')).toBe(true);
    for (const row of rows) expect(normalizeLabel(row.activity)).toBe(truth.labels[row.step]);
  });

  it('puts every event inside working hours of the language’s week, and orders rows by time', () => {
    for (const language of ['en', 'fa'] as const) {
      const { rows } = generateApprovalLog({ seed: 11, cases: 500, language });
      const [days, open, close] = language === 'fa' ? [[6, 0, 1, 2, 3], 8 * 60, 14 * 60] : [[1, 2, 3, 4, 5], 9 * 60, 17 * 60];
      const outside = rows.flatMap((row) => [row.start, row.time]).filter((ms) => {
        const date = new Date(ms);
        const minute = date.getUTCHours() * 60 + date.getUTCMinutes();
        return !days.includes(date.getUTCDay()) || minute < open || minute > close;
      });
      expect(outside).toEqual([]);
      expect(rows.filter((row) => row.start > row.time)).toEqual([]);
      expect(rows.filter((row, i) => i > 0 && row.time < (rows[i - 1] as GeneratedRow).time)).toEqual([]);
    }
  });

  it('plants each pattern in the stated proportion (4000 cases, tolerance about 3 standard errors)', () => {
    const truth = big.truth;
    const reachedLegal = [...bigCases.values()].filter((events) => events.some((row) => row.step === 'legalReview')).length;
    expect(truth.rework.cases.length / reachedLegal).toBeCloseTo(0.15, 1);
    const fire = truth.optionalSteps[0];
    expect(fire && fire.skipped / fire.reached).toBeGreaterThan(0.36);
    expect(fire && fire.skipped / fire.reached).toBeLessThan(0.44);
    const reachedArchive = [...bigCases.values()].filter((events) => events.some((row) => row.step === 'archive')).length;
    expect(Math.abs(truth.duplicateSignature.sameStepCases.length / reachedArchive - 0.1)).toBeLessThan(0.02);
    expect(Math.abs(truth.sodCases.length / truth.cases - 0.03)).toBeLessThan(0.01);
    expect(truth.duplicateSignature.samePersonCases.length).toBeGreaterThan(20);
    for (const control of truth.controls) {
      const signed = big.rows.filter((row) => row.activity === control.step);
      const rate = signed.filter((row) => row.decisionKind === 'reject').length / signed.length;
      expect(Math.abs(rate - control.rejectRate)).toBeLessThan(3 * Math.sqrt((control.rejectRate * (1 - control.rejectRate)) / signed.length) + 0.002);
    }
  });

  it('lists in truth exactly the planted cases found in the rows', () => {
    const { rows, truth } = big;
    const label = truth.labels;
    const sameStep: string[] = [];
    const samePerson: string[] = [];
    const sod: string[] = [];
    const rework: string[] = [];
    const rejected: string[] = [];
    const orders = new Set<string>();
    // Case ids are zero-padded in arrival order, so sorted ids are the truth's (case) order.
    for (const [caseId, events] of [...bigCases].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const signatures = events.filter((row) => row.decisionKind !== null);
      if (events.some((row, i) => i > 0 && row.step === 'archive' && events[i - 1]?.step === 'archive')) sameStep.push(caseId);
      const stepsBy = new Map<string, Set<string>>();
      for (const row of signatures) stepsBy.set(row.resource, (stepsBy.get(row.resource) ?? new Set()).add(row.step));
      if ([...stepsBy.values()].some((steps) => steps.size > 1)) samePerson.push(caseId);
      const requester = events[0]?.resource;
      if (signatures.some((row) => row.resource === requester && row.decisionKind === 'approve')) sod.push(caseId);
      if (events.some((row) => row.step === 'legalReview' && row.decisionKind === 'return')) rework.push(caseId);
      if (events[events.length - 1]?.step === 'rejected') rejected.push(caseId);
      const technical = events.find((row) => row.step === 'technicalReview');
      const committee = events.find((row) => row.step === 'committee');
      expect(committee?.decisionKind).toBe(technical?.decisionKind);
      for (const row of signatures) if (truth.rubberStamps.includes(row.activity)) expect(row.decisionKind).toBe('approve');
      const pair = events.filter((row) => row.step === 'finance' || row.step === 'urbanPlanning').map((row) => row.step);
      if (pair.length === 2) orders.add(pair.join());
    }
    expect(truth.duplicateSignature.sameStepCases).toEqual(sameStep);
    expect(truth.duplicateSignature.samePersonCases.map((entry) => entry.caseId)).toEqual(samePerson);
    expect(truth.duplicateSignature.cases).toEqual([...new Set([...sameStep, ...samePerson])].sort());
    expect(truth.sodCases.map((entry) => entry.caseId)).toEqual(sod);
    expect(truth.rework.cases).toEqual(rework);
    expect(truth.rejectedCases.map((entry) => entry.caseId)).toEqual(rejected);
    expect(orders.size).toBe(2);
    expect(truth.events).toBe(rows.length);
    expect(truth.parallelPairs).toEqual([[label.finance, label.urbanPlanning]]);
  });

  it('makes the District manager signature the slowest step by median waiting', () => {
    const waits = new Map<string, number[]>();
    for (const events of bigCases.values()) {
      events.forEach((row, i) => {
        if (i === 0) return;
        const list = waits.get(row.step) ?? [];
        list.push(row.start - (events[i - 1] as GeneratedRow).time);
        waits.set(row.step, list);
      });
    }
    const median = (values: number[]): number => values.sort((a, b) => a - b)[values.length >> 1] ?? 0;
    const ranked = [...waits].map(([step, values]) => [step, median(values)] as const).sort((a, b) => b[1] - a[1]);
    expect(ranked[0]?.[0]).toBe('districtManager');
    expect((ranked[0]?.[1] ?? 0) / 86_400_000).toBeGreaterThan(3);
  });

  it('writes CSV that the reader accepts in full, setting aside exactly the planted bad rows', async () => {
    for (const [language, render] of [['en', { dates: 'iso' }], ['fa', { dates: 'jalali', digits: 'mixed', startColumn: true }]] as const) {
      const { rows, truth } = generateApprovalLog({ seed: 21, cases: 250, language, badRows: 6, mixedSpelling: true });
      const { log, diagnostics } = await readLog([files.write(`gen-${language}.csv`, toCsv(rows, render))]);
      expect(log.activity.length).toBe(truth.events);
      expect(log.caseIds.length).toBe(truth.cases);
      expect(diagnostics.rejected.map((row) => row.line)).toEqual(truth.badRows.map((bad) => bad.index + 2));
      expect(diagnostics.rowsRead).toBe(rows.length);
      expect([...log.activities.names].sort()).toEqual(Object.values(truth.labels).filter((name) => log.activities.idOf(name) >= 0).sort());
      expect(log.activities.size).toBe(14);
      const good = rows.filter((row) => !row.defect);
      expect(Math.min(...log.time)).toBe(Math.min(...good.map((row) => row.time)));
      expect(Math.max(...log.time)).toBe(Math.max(...good.map((row) => row.time)));
      // The in-memory route gives the same log as the CSV route.
      const direct = logFromRows(toEventRows(rows));
      expect(direct.caseIds).toEqual(log.caseIds);
      expect(direct.activities.names).toEqual(log.activities.names);
      expect(Array.from(direct.activity)).toEqual(Array.from(log.activity));
      expect(Array.from(direct.time)).toEqual(Array.from(log.time));
      expect(direct.decisions.names).toEqual(log.decisions.names);
    }
  });
});
