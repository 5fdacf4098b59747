// The what-if's position lists and per-pair savings against the straightforward computation (a mask over every
// signature per scenario, a scan per pair, sorted summaries) on seeded random logs with findings of every kind.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditContext, type AuditContext } from '../../src/audit/audit-context.js';
import type { Finding } from '../../src/audit/finding.js';
import { repeatedSignatures } from '../../src/audit/rules/duplicate-signature.js';
import { buildSignatureTable } from '../../src/audit/signature-table.js';
import { whatIf, type WhatIfScenario } from '../../src/audit/what-if.js';
import { logFromRows } from '../../src/log/log-from-rows.js';
import { summarize } from '../../src/performance/summarize.js';
import { randomSignedRows } from '../helpers/random-signed-log.js';

const finding = (type: string, id: string, activities: string[]): Finding => ({ id, type, severity: 'low', activities, cases: [], metrics: {}, message: '' });

function referenceScenario(context: AuditContext, ids: string[], removed: Uint8Array, pairs: [number, number][]): WhatIfScenario {
  const { signatures, waiting, service, throughput } = context;
  const cut = new Array<number>(throughput.length).fill(0);
  for (let c = 0; c + 1 < signatures.caseStart.length; c++) {
    for (let i = signatures.caseStart[c] as number; i < (signatures.caseStart[c + 1] as number); i++) if (removed[i]) cut[c] = (cut[c] as number) + (waiting[signatures.event[i] as number] as number);
  }
  for (const [a, b] of pairs) {
    for (let c = 0; c + 1 < signatures.caseStart.length; c++) {
      const positions = Array.from({ length: (signatures.caseStart[c + 1] as number) - (signatures.caseStart[c] as number) }, (_, k) => (signatures.caseStart[c] as number) + k);
      const ea = positions.find((i) => signatures.step[i] === a);
      const eb = positions.find((i) => signatures.step[i] === b);
      if (ea === undefined || eb === undefined) continue;
      const span = (i: number): number => (waiting[signatures.event[i] as number] as number) + (service ? (service[signatures.event[i] as number] as number) : 0);
      cut[c] = (cut[c] as number) + Math.min(span(ea), span(eb));
    }
  }
  const reduced = cut.map((value, c) => Math.min(value, throughput[c] as number));
  const after = summarize(reduced.map((value, c) => (throughput[c] as number) - value));
  const saved = summarize(reduced.filter((value) => value > 0));
  return { findings: ids, cases: reduced.filter((value) => value > 0).length, after: { median: after.median, p90: after.p90 }, savedMedian: saved.median, savedTotal: saved.total };
}

describe('whatIf equals the straightforward computation', () => {
  it('per finding and all together, on seeded random logs', () => {
    fc.assert(
      fc.property(randomSignedRows, (rows) => {
        const log = logFromRows(rows);
        const context = auditContext(log, buildSignatureTable(log));
        const names = context.signatures.stepNames;
        const findings: Finding[] = [];
        names.forEach((name, s) => {
          findings.push(finding(['rubber-stamp', 'implied-signature', 'optional-signature'][s % 3] ?? '', `remove:${name}`, [name]));
          findings.push(finding('duplicate-signature', `duplicate-signature:${name}`, [name]));
          if (s + 1 < names.length) findings.push(finding('parallelizable', `parallelizable:${name}`, [name, names[s + 1] ?? '']));
          findings.push(finding('duplicate-signature', `duplicate-signature:same-person:${name}|x`, [name, 'x']));
        });
        // Keep a random-looking but deterministic subset, so some pairs survive the removals.
        const chosen = findings.filter((_, i) => (i * 7 + rows.length) % 3 !== 0);
        const actual = whatIf(context, chosen);
        const repeats = new Set(repeatedSignatures(context));
        const all = new Uint8Array(context.signatures.step.length);
        const allPairs: [number, number][] = [];
        const used: string[] = [];
        const perFinding: WhatIfScenario[] = [];
        for (const f of chosen) {
          const s = names.indexOf(f.activities[0] ?? '');
          if (f.type === 'parallelizable') {
            const pair: [number, number] = [s, names.indexOf(f.activities[1] ?? '')];
            perFinding.push(referenceScenario(context, [f.id], new Uint8Array(all.length), [pair]));
            allPairs.push(pair);
          } else if (!f.id.includes('same-person')) {
            const own = new Uint8Array(all.length);
            context.signatures.step.forEach((step, i) => {
              if (step === s && (f.type !== 'duplicate-signature' || repeats.has(i))) own[i] = all[i] = 1;
            });
            perFinding.push(referenceScenario(context, [f.id], own, []));
          } else continue;
          used.push(f.id);
        }
        const removedStep = new Set(context.signatures.step.filter((_, i) => all[i] === 1));
        const kept = allPairs.filter(([a, b]) => !removedStep.has(a) && !removedStep.has(b));
        expect(actual.perFinding).toEqual(perFinding);
        expect(actual.allRedundant).toEqual(used.length === 0 ? null : referenceScenario(context, used, all, kept));
        const before = summarize(context.throughput);
        expect(actual.before).toEqual({ median: before.median, p90: before.p90 });
      }),
      { seed: 21, numRuns: 150 },
    );
  });
});
