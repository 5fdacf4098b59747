import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditContext, caseOfSignature, casesWithStep, stepWaiting } from '../../src/audit/audit-context.js';
import { samePersonPairs } from '../../src/audit/rules/duplicate-signature.js';
import { caseIdsOf, caseIdsOfSorted } from '../../src/audit/rules/rule.js';
import { buildSignatureTable } from '../../src/audit/signature-table.js';
import { NONE } from '../../src/log/dictionary.js';
import { logFromRows } from '../../src/log/log-from-rows.js';
import { randomSignedRows } from '../helpers/random-signed-log.js';

/** The context of random rows, and the signatures as plain objects for the simple references. */
function contextAndSignatures(rows: Parameters<typeof logFromRows>[0]) {
  const log = logFromRows(rows);
  const context = auditContext(log, buildSignatureTable(log));
  const { signatures } = context;
  const list: { i: number; c: number; step: number; resource: number }[] = [];
  for (let c = 0; c + 1 < signatures.caseStart.length; c++) {
    for (let i = signatures.caseStart[c] as number; i < (signatures.caseStart[c + 1] as number); i++) {
      list.push({ i, c, step: signatures.step[i] as number, resource: log.resource[signatures.event[i] as number] as number });
    }
  }
  return { context, list };
}

describe('auditContext fast paths equal simple references on seeded random logs', () => {
  it('case per signature, the cases of each step and the waiting in front of its signatures', () => {
    fc.assert(
      fc.property(randomSignedRows, (rows) => {
        const { context, list } = contextAndSignatures(rows);
        expect(list.map((entry) => caseOfSignature(context, entry.i))).toEqual(list.map((entry) => entry.c));
        context.signatures.stepNames.forEach((_, s) => {
          const ofStep = list.filter((entry) => entry.step === s);
          const expected = [...new Set(ofStep.map((entry) => entry.c))].sort((a, b) => a - b);
          expect([...casesWithStep(context, s)]).toEqual(expected);
          expect(context.steps[s]?.cases).toBe(expected.length);
          const waits = ofStep.map((entry) => context.waiting[context.signatures.event[entry.i] as number] as number);
          expect([...stepWaiting(context, s)]).toEqual(waits);
          expect(context.steps[s]?.signatures).toBe(waits.length);
        });
      }),
      { seed: 5, numRuns: 200 },
    );
  });

  it('same-person pairs: first step of each signer in a case, then every other step, in order of first appearance', () => {
    fc.assert(
      fc.property(randomSignedRows, (rows) => {
        const { context, list } = contextAndSignatures(rows);
        const expected = new Map<string, { a: number; b: number; cases: Set<number> }>();
        const byCase = new Map<number, typeof list>();
        for (const entry of list) byCase.set(entry.c, [...(byCase.get(entry.c) ?? []), entry]);
        for (const [c, entries] of byCase) {
          const first = new Map<number, number>();
          for (const { step, resource } of entries) {
            if (resource === NONE) continue;
            const earlier = first.get(resource);
            if (earlier === undefined) first.set(resource, step);
            else if (earlier !== step) {
              const entry = expected.get(`${earlier}|${step}`) ?? { a: earlier, b: step, cases: new Set<number>() };
              entry.cases.add(c);
              expected.set(`${earlier}|${step}`, entry);
            }
          }
        }
        const actual = samePersonPairs(context).map(({ a, b, cases }) => ({ a, b, cases: [...cases] }));
        expect(actual).toEqual([...expected.values()].map(({ a, b, cases }) => ({ a, b, cases: [...cases] })));
      }),
      { seed: 6, numRuns: 200 },
    );
  });

  it('case ids: sorted and deduplicated from any order, or mapped as they are when already sorted', () => {
    const log = logFromRows(['x', 'y', 'z', 'w'].map((caseId, i) => ({ caseId, activity: 'a', time: i })));
    const context = auditContext(log, buildSignatureTable(log));
    expect(caseIdsOf(context, [3, 0, 3, 1, 0])).toEqual(['x', 'y', 'w']);
    expect(caseIdsOf(context, new Set([2, 1]).keys())).toEqual(['y', 'z']);
    expect(caseIdsOf(context, [])).toEqual([]);
    expect(caseIdsOfSorted(context, Int32Array.from([0, 2]))).toEqual(['x', 'z']);
  });

  it('case ids: a long list equal to one made before for the context is that list', () => {
    const log = logFromRows(Array.from({ length: 6000 }, (_, i) => ({ caseId: `c${i}`, activity: 'a', time: i })));
    const context = auditContext(log, buildSignatureTable(log));
    const firsts = caseIdsOfSorted(context, Int32Array.from({ length: 5000 }, (_, i) => i));
    expect(firsts).toHaveLength(5000);
    expect(firsts[4999]).toBe('c4999');
    expect(caseIdsOfSorted(context, Int32Array.from({ length: 5000 }, (_, i) => i))).toBe(firsts);
    const shifted = caseIdsOfSorted(context, Int32Array.from({ length: 5000 }, (_, i) => i + 1));
    expect(shifted).not.toBe(firsts);
    expect(shifted[0]).toBe('c1');
    const other = auditContext(log, buildSignatureTable(log));
    expect(caseIdsOfSorted(other, Int32Array.from({ length: 5000 }, (_, i) => i))).not.toBe(firsts);
  });
});
