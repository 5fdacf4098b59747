import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditContext, DEFAULT_RULE_OPTIONS, type AuditContext } from '../../src/audit/audit-context.js';
import { isNegative } from '../../src/audit/audit-context.js';
import { AUDIT_RULES } from '../../src/audit/rules/index.js';
import { buildSignatureTable } from '../../src/audit/signature-table.js';
import { signatureVariants } from '../../src/audit/signature-variants.js';
import { whatIf } from '../../src/audit/what-if.js';
import type { EventRow } from '../../src/log/log-builder.js';
import { logFromRows } from '../../src/log/log-from-rows.js';

const STEPS = ['Submit', 'Check', 'Legal', 'Finance', 'Sign'];
const DECISIONS = [undefined, 'approved', 'approved', 'rejected', 'returned'];
const PEOPLE = ['ann', 'bob', 'cy'];

/** Random cases, each repeated 1–6 times with other waiting times and signers: variants shared by several cases. */
const repeatedCases = fc
  .array(
    fc.record({
      events: fc.array(fc.record({ step: fc.nat(STEPS.length - 1), decision: fc.nat(DECISIONS.length - 1) }), { minLength: 1, maxLength: 9 }),
      copies: fc.array(fc.array(fc.record({ minutes: fc.nat(5000), person: fc.nat(PEOPLE.length - 1) }), { minLength: 9, maxLength: 9 }), { minLength: 1, maxLength: 6 }),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((cases) => {
    const rows: EventRow[] = [];
    let c = 0;
    for (const { events, copies } of cases) {
      for (const copy of copies) {
        let time = c * 86_400_000;
        events.forEach(({ step, decision }, i) => {
          time += (copy[i]?.minutes ?? 1) * 60_000;
          rows.push({ caseId: `c${c}`, activity: STEPS[step] ?? '', time, decision: DECISIONS[decision], resource: PEOPLE[copy[i]?.person ?? 0] });
        });
        c++;
      }
    }
    return rows;
  });

/** The same context with every case its own variant: what the rules computed before variants. */
function perCase(context: AuditContext): AuditContext {
  const cases = context.log.caseIds.length;
  const first = Int32Array.from({ length: cases }, (_, c) => c);
  return { ...context, variants: { of: first, first, count: new Int32Array(cases).fill(1) } };
}

describe('signature variants', () => {
  it('group exactly the cases with the same (step, decision kind) sequence, first cases first', () => {
    fc.assert(
      fc.property(repeatedCases, (rows) => {
        const log = logFromRows(rows);
        const table = buildSignatureTable(log);
        const variants = signatureVariants(table);
        const key = (c: number): string => {
          const parts: string[] = [];
          for (let i = table.caseStart[c] as number; i < (table.caseStart[c + 1] as number); i++) parts.push(`${table.step[i]}:${table.kind[i]}`);
          return parts.join(',');
        };
        const firstOfKey = new Map<string, number>();
        const counts = new Map<string, number>();
        for (let c = 0; c < log.caseIds.length; c++) {
          const k = key(c);
          if (!firstOfKey.has(k)) firstOfKey.set(k, c);
          counts.set(k, (counts.get(k) ?? 0) + 1);
          expect(variants.first[variants.of[c] as number]).toBe(firstOfKey.get(k));
        }
        expect([...variants.first]).toEqual([...firstOfKey.values()]);
        expect([...variants.count]).toEqual([...counts.values()]);
      }),
      { seed: 41, numRuns: 200 },
    );
  });

  it('weighting each variant by its cases gives every rule and the what-if the figures of counting case by case', () => {
    const types = new Set<string>();
    fc.assert(
      fc.property(repeatedCases, (rows) => {
        const log = logFromRows(rows);
        const context = auditContext(log, buildSignatureTable(log));
        const reference = perCase(context);
        const options = { ...DEFAULT_RULE_OPTIONS, minSupport: 2 };
        const own = AUDIT_RULES.flatMap((rule) => rule.check(context, options));
        expect(own).toEqual(AUDIT_RULES.flatMap((rule) => rule.check(reference, options)));
        expect(whatIf(context, own)).toEqual(whatIf(reference, own));
        for (const finding of own) types.add(finding.type);
      }),
      { seed: 42, numRuns: 150 },
    );
    // The random logs reach the rules that use the variants.
    for (const type of ['duplicate-signature', 'implied-signature', 'optional-signature', 'parallelizable', 'rework-loop']) expect(types).toContain(type);
  });

  it('per-step counts of the context equal counting every signature', () => {
    fc.assert(
      fc.property(repeatedCases, (rows) => {
        const log = logFromRows(rows);
        const context = auditContext(log, buildSignatureTable(log));
        const { step, kind, caseStart } = context.signatures;
        context.steps.forEach((stats, s) => {
          let signatures = 0;
          let approvals = 0;
          let negatives = 0;
          const cases = new Set<number>();
          for (let c = 0; c + 1 < caseStart.length; c++) {
            for (let i = caseStart[c] as number; i < (caseStart[c + 1] as number); i++) {
              if (step[i] !== s) continue;
              signatures++;
              if (kind[i] === 0) approvals++;
              else if (isNegative(kind[i] as number)) negatives++;
              cases.add(c);
            }
          }
          expect({ signatures: stats.signatures, approvals: stats.approvals, negatives: stats.negatives, cases: stats.cases }).toEqual({ signatures, approvals, negatives, cases: cases.size });
        });
      }),
      { seed: 43, numRuns: 150 },
    );
  });
});
