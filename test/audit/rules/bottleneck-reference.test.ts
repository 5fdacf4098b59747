import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditContext } from '../../../src/audit/audit-context.js';
import { BOTTLENECK_RATIO, BOTTLENECK_SHARE, bottleneck } from '../../../src/audit/rules/bottleneck.js';
import { buildSignatureTable } from '../../../src/audit/signature-table.js';
import { logFromRows } from '../../../src/log/log-from-rows.js';
import { summarize } from '../../../src/performance/summarize.js';
import { randomSignedRows } from '../../helpers/random-signed-log.js';
import { ruleOptions } from '../../helpers/signed-log.js';

describe('bottleneck on seeded random logs', () => {
  it('flags what summaries of every activity’s waiting (first events left out) and a scan for its cases give', () => {
    let flagged = 0;
    fc.assert(
      fc.property(randomSignedRows, (rows) => {
        const log = logFromRows(rows);
        const context = auditContext(log, buildSignatureTable(log));
        const byActivity = new Map<number, number[]>();
        const all: number[] = [];
        for (let c = 0; c + 1 < log.caseStart.length; c++) {
          for (let e = (log.caseStart[c] as number) + 1; e < (log.caseStart[c + 1] as number); e++) {
            const a = log.activity[e] as number;
            byActivity.set(a, [...(byActivity.get(a) ?? []), context.waiting[e] as number]);
            all.push(context.waiting[e] as number);
          }
        }
        const typical = summarize(all).median;
        const total = all.reduce((sum, value) => sum + value, 0);
        const expected: { id: string; median: number; p90: number; cases: number }[] = [];
        for (let a = 0; a < log.activities.size; a++) {
          const values = byActivity.get(a) ?? [];
          const summary = summarize(values);
          if (total <= 0 || summary.total / total < BOTTLENECK_SHARE || summary.median < BOTTLENECK_RATIO * typical || summary.median <= 0) continue;
          let cases = 0;
          for (let c = 0; c + 1 < log.caseStart.length; c++) {
            for (let e = (log.caseStart[c] as number) + 1; e < (log.caseStart[c + 1] as number); e++) {
              if (log.activity[e] === a) {
                cases++;
                break;
              }
            }
          }
          expected.push({ id: `bottleneck:${log.activities.nameOf(a)}`, median: summary.median, p90: summary.p90, cases });
        }
        const actual = bottleneck.check(context, ruleOptions()).map((f) => ({ id: f.id, median: f.metrics.waitingMedian, p90: f.metrics.waitingP90, cases: f.cases.length }));
        expect(actual).toEqual(expected);
        flagged += actual.length;
      }),
      { seed: 44, numRuns: 300 },
    );
    expect(flagged).toBeGreaterThan(20);
  });
});
