import { describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/audit-log.js';
import { compareReports } from '../../src/compare/compare-reports.js';
import { comparisonInput } from '../../src/compare/comparison-input.js';
import type { EventLog } from '../../src/log/event-log.js';
import { schemaErrors } from '../helpers/json-schema.js';
import { newPeriod, oldPeriod } from '../helpers/period-logs.js';

const HOUR = 3600;
const side = (log: EventLog) => comparisonInput(log, auditLog(log).findings);

describe('compareReports on two hand-built periods', () => {
  const comparison = compareReports(side(oldPeriod()), side(newPeriod()));

  it('is valid against schema/compare.schema.json and says what it is', () => {
    expect(schemaErrors('compare', JSON.parse(JSON.stringify(comparison)))).toEqual([]);
    expect(comparison).toMatchObject({ tool: 'redtape', schemaVersion: 1, kind: 'comparison', unit: 'seconds', listLimit: 20, warnings: [] });
    expect(comparison.old).toEqual({ files: ['<memory>'], cases: 40, events: 150, timeRange: { start: '1970-01-01T00:00:00.000Z', end: '1970-02-09T02:00:00.000Z' } });
    expect(comparison.new).toMatchObject({ cases: 40, events: 160 });
  });

  it('throughput: 10 cases of 2 h and 30 of 4 h become 40 of 12 h', () => {
    const { throughput } = comparison;
    expect(throughput.old).toEqual({ count: 40, mean: 12_600, median: 4 * HOUR, p90: 4 * HOUR, p95: 4 * HOUR, max: 4 * HOUR });
    expect(throughput.new).toEqual({ count: 40, mean: 12 * HOUR, median: 12 * HOUR, p90: 12 * HOUR, p95: 12 * HOUR, max: 12 * HOUR });
    expect(throughput.change.median).toEqual({ absolute: 8 * HOUR, relative: 2 });
    expect(throughput.change.mean.absolute).toBe(30_600);
    expect(throughput.change.mean.relative).toBeCloseTo(30_600 / 12_600, 12);
    expect(throughput.change.count).toEqual({ absolute: 0, relative: 0 });
    // Every NEW case is longer than every OLD one: U = 40 · 40, ties within each period (10, 30 and 40 equal values).
    const ties = 10 ** 3 - 10 + (30 ** 3 - 30) + (40 ** 3 - 40);
    const variance = ((40 * 40) / 12) * (81 - ties / (80 * 79));
    expect(throughput.test).toMatchObject({ test: 'mann-whitney', n: [40, 40], u: 1600, probabilityNewLarger: 1, significant: true });
    expect(throughput.test?.z).toBeCloseTo((1600 - 800 - 0.5) / Math.sqrt(variance), 10);
    expect(throughput.test?.p).toBeLessThan(1e-10);
  });

  it('bottlenecks: Sign stays first with 5× the median; Done and Review trade places; Closed vanishes', () => {
    const { bottlenecks } = comparison;
    expect(bottlenecks.totalWaiting).toEqual({ old: 140 * HOUR, new: 480 * HOUR, absolute: 340 * HOUR, relative: 340 / 140 });
    expect(bottlenecks.steps.map((s) => [s.name, s.old.rank, s.new.rank, s.rankChange])).toEqual([
      ['Sign', 1, 1, 0],
      ['Done', 3, 2, 1],
      ['Review', 2, 3, -1],
      ['Submit', 5, 4, 1],
    ]);
    const sign = bottlenecks.steps[0]!;
    expect(sign.waitingMedian).toEqual({ old: 2 * HOUR, new: 10 * HOUR, absolute: 8 * HOUR, relative: 4 });
    expect(sign.waitingTotal).toEqual({ old: 60 * HOUR, new: 400 * HOUR, absolute: 340 * HOUR, relative: 340 / 60 });
    expect(sign.shareOfWaiting.old).toBeCloseTo(60 / 140, 12);
    expect(sign.shareOfWaiting.new).toBeCloseTo(400 / 480, 12);
    expect(sign.waitingTest).toMatchObject({ n: [30, 40], u: 1200, probabilityNewLarger: 1, significant: true });
    // Review waits 1 h in both periods: no shift.
    expect(bottlenecks.steps.find((s) => s.name === 'Review')?.waitingTest).toMatchObject({ n: [40, 40], u: 800, p: 1, significant: false });
    // A case's first event has no waiting: no sample, no test.
    expect(bottlenecks.steps.find((s) => s.name === 'Submit')?.waitingTest).toBeNull();
    expect(bottlenecks.appearing).toEqual([]);
    expect(bottlenecks.vanishing).toEqual([{ name: 'Closed', old: { rank: 4, events: 10, waitingMedian: HOUR, waitingP90: HOUR, waitingTotal: 10 * HOUR, shareOfWaiting: 10 / 140 } }]);
  });

  it('findings: the Review rubber stamp is new; the Sign bottleneck and rubber stamp persist with their metrics', () => {
    const { findings } = comparison;
    expect(findings.total).toEqual({ old: 2, new: 3 });
    expect(findings.counts).toEqual({ new: 1, resolved: 0, persisting: 2, raised: 0, lowered: 0 });
    expect(findings.regressions).toEqual({ high: 0, medium: 1, low: 1 });
    expect(findings.new.map((f) => [f.key, f.severity, f.cases])).toEqual([['rubber-stamp:Review', 'medium', 40]]);
    expect(findings.new[0]!.exampleCases).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
    expect(findings.persisting.map((f) => [f.key, f.severity.old, f.severity.new, f.severity.change])).toEqual([
      ['bottleneck:Sign', 'high', 'high', 'unchanged'],
      ['rubber-stamp:Sign', 'medium', 'medium', 'unchanged'],
    ]);
    const bottleneck = findings.persisting[0]!;
    expect(bottleneck.cases).toEqual({ old: 30, new: 40, absolute: 10, relative: 1 / 3 });
    expect(bottleneck.metrics.waitingMedian).toEqual({ old: 2 * HOUR, new: 10 * HOUR, absolute: 8 * HOUR, relative: 4 });
    expect(bottleneck.metrics.impact).toEqual({ old: 0.75, new: 1, absolute: 0.25, relative: 1 / 3 });
  });

  it('variants: the rejected path vanished (25% of OLD), the approved one grew from 75% to 100%', () => {
    const { variants } = comparison;
    expect(variants.old).toEqual({ variants: 2, cases: 40 });
    expect(variants.new).toEqual({ variants: 1, cases: 40 });
    expect(variants.counts).toEqual({ appearing: 0, vanishing: 1, persisting: 1 });
    expect(variants.vanishingShare).toBe(0.25);
    expect(variants.appearingShare).toBe(0);
    expect(variants.vanishing).toEqual([{ activities: ['Submit', 'Review', 'Closed'], count: 10, share: 0.25, medianThroughput: 2 * HOUR }]);
    expect(variants.persisting).toEqual([
      { activities: ['Submit', 'Review', 'Sign', 'Done'], old: { count: 30, share: 0.75, medianThroughput: 4 * HOUR }, new: { count: 40, share: 1, medianThroughput: 12 * HOUR }, share: { old: 0.75, new: 1, absolute: 0.25, relative: 1 / 3 } },
    ]);
  });

  it('comparing a period with itself changes nothing', () => {
    const same = compareReports(side(oldPeriod()), side(oldPeriod()));
    expect(same.findings.counts).toEqual({ new: 0, resolved: 0, persisting: 2, raised: 0, lowered: 0 });
    expect(same.bottlenecks.steps.every((s) => s.rankChange === 0 && s.waitingTotal.absolute === 0)).toBe(true);
    expect(same.variants.counts).toEqual({ appearing: 0, vanishing: 0, persisting: 2 });
    expect(Object.values(same.throughput.change).every((c) => c.absolute === 0)).toBe(true);
    // Same case ids on both sides: the cut-at-the-boundary warning.
    expect(same.sharedCases).toEqual({ count: 40, examples: ['o1', 'o2', 'o3', 'o4', 'o5'] });
    expect(same.warnings[0]).toMatch(/^40 case ids are in both periods \(e\.g\. o1, o2, o3\)/);
  });

  it('swapping the periods swaps new and resolved', () => {
    const back = compareReports(side(newPeriod()), side(oldPeriod()));
    expect(back.findings.counts).toEqual({ new: 0, resolved: 1, persisting: 2, raised: 0, lowered: 0 });
    expect(back.findings.resolved.map((f) => f.key)).toEqual(['rubber-stamp:Review']);
    expect(back.bottlenecks.appearing.map((s) => s.name)).toEqual(['Closed']);
    expect(back.variants.appearing.map((v) => v.count)).toEqual([10]);
  });

  it('keeps `limit` rows per list and counts the rest', () => {
    const capped = compareReports(side(oldPeriod()), side(newPeriod()), { limit: 1 });
    expect(capped.listLimit).toBe(1);
    expect(capped.bottlenecks.steps.map((s) => s.name)).toEqual(['Sign']);
    expect(capped.bottlenecks.moreSteps).toBe(3);
    expect(capped.findings.persisting).toHaveLength(1);
    expect(capped.findings.morePersisting).toBe(1);
    expect(capped.findings.counts.persisting).toBe(2);
  });
});
