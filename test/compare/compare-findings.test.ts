import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/audit/finding.js';
import { compareFindings, findingKey, regressionCount } from '../../src/compare/compare-findings.js';

function finding(type: string, activities: string[], severity: Severity, metrics: Record<string, number> = {}, cases = ['c1'], id = `${type}:${activities.join('|')}`): Finding {
  return { id, type, severity, activities, cases, metrics: { impact: cases.length / 100, ...metrics }, message: `${type} ${activities.join(', ')}` };
}

describe('findingKey', () => {
  it("is an audit finding's id (type, sub-kind, defining steps), with unordered pairs sorted", () => {
    expect(findingKey(finding('rubber-stamp', ['Legal review'], 'medium'))).toBe('rubber-stamp:Legal review');
    expect(findingKey(finding('parallelizable', ['Urban', 'Finance'], 'low'))).toBe('parallelizable:Finance|Urban');
    expect(findingKey(finding('duplicate-signature', ['Sign', 'Archive'], 'low', {}, ['c1'], 'duplicate-signature:same-person:Archive|Sign'))).toBe('duplicate-signature:same-person:Archive|Sign');
    expect(findingKey(finding('duplicate-signature', ['Archive', 'Sign'], 'low', {}, ['c1'], 'duplicate-signature:same-person:Sign|Archive'))).toBe('duplicate-signature:same-person:Archive|Sign');
    expect(findingKey(finding('segregation-of-duties', ['B', 'A'], 'high', {}, ['c1'], 'segregation-of-duties:four-eyes:A|B'))).toBe('segregation-of-duties:four-eyes:A|B');
    expect(findingKey(finding('implied-signature', ['Committee', 'Technical'], 'high'))).toBe('implied-signature:Committee|Technical');
    // The optional step's later steps depend on the period; its id does not.
    expect(findingKey(finding('optional-signature', ['Fire', 'Technical', 'Sign'], 'medium', {}, ['c1'], 'optional-signature:Fire'))).toBe('optional-signature:Fire');
  });

  it('is the type and the steps for policy findings, whose rule ids can be positional', () => {
    expect(findingKey(finding('policy-violation', ['B', 'A'], 'high', {}, ['c1'], 'policy:precedence-4'))).toBe('policy-violation:B|A');
    expect(findingKey(finding('missing-signature', ['Legal review'], 'high', {}, ['c1'], 'policy:required-1'))).toBe('missing-signature:Legal review');
  });
});

describe('compareFindings', () => {
  it('matches by key, not by id (policy ids can be positional)', () => {
    const before = [finding('missing-signature', ['Legal review'], 'high', {}, ['c1'], 'policy:required-1')];
    const after = [finding('missing-signature', ['Legal review'], 'high', {}, ['c1', 'c2'], 'policy:required-3')];
    const result = compareFindings(before, after, 20);
    expect(result.counts).toEqual({ new: 0, resolved: 0, persisting: 1, raised: 0, lowered: 0 });
    expect(result.persisting[0]).toMatchObject({ key: 'missing-signature:Legal review', id: 'policy:required-3', cases: { old: 1, new: 2, absolute: 1, relative: 1 } });
  });

  it('matches a parallelizable pair found the other way round, reading first/second metrics from the other end', () => {
    const before = [finding('parallelizable', ['Urban', 'Finance'], 'low', { firstBeforeSecond: 84, secondBeforeFirst: 79, fisherPFirst: 0.3, fisherPSecond: 1 })];
    const after = [finding('parallelizable', ['Finance', 'Urban'], 'low', { firstBeforeSecond: 84, secondBeforeFirst: 81, fisherPFirst: 1, fisherPSecond: 0.5 })];
    const [pair] = compareFindings(before, after, 20).persisting;
    expect(pair?.key).toBe('parallelizable:Finance|Urban');
    expect(pair?.id).toBe('parallelizable:Finance|Urban');
    // NEW's "Finance before Urban" is OLD's secondBeforeFirst (OLD listed Urban first).
    expect(pair?.metrics.firstBeforeSecond).toEqual({ old: 79, new: 84, absolute: 5, relative: 5 / 79 });
    expect(pair?.metrics.secondBeforeFirst).toEqual({ old: 84, new: 81, absolute: -3, relative: -3 / 84 });
    expect(pair?.metrics.fisherPFirst?.old).toBe(1);
    expect(pair?.metrics.fisherPSecond?.old).toBe(0.3);
  });

  it('classifies new, resolved and persisting, with severity changes, ranked by severity then impact', () => {
    const before = [
      finding('bottleneck', ['Manager'], 'high', { waitingMedian: 100 }),
      finding('rubber-stamp', ['Archive'], 'medium'),
      finding('rework-loop', ['Legal'], 'low', { rounds: 10 }),
    ];
    const after = [
      finding('rework-loop', ['Legal'], 'medium', { rounds: 25 }),
      finding('rubber-stamp', ['Archive'], 'low'),
      finding('rubber-stamp', ['Urban'], 'medium', {}, ['c1', 'c2', 'c3']),
      finding('bottleneck', ['Technical'], 'high'),
      finding('duplicate-signature', ['Sign'], 'low', {}, ['c1', 'c2']),
    ];
    const result = compareFindings(before, after, 20);
    expect(result.total).toEqual({ old: 3, new: 5 });
    expect(result.counts).toEqual({ new: 3, resolved: 1, persisting: 2, raised: 1, lowered: 1 });
    expect(result.new.map((f) => f.key)).toEqual(['bottleneck:Technical', 'rubber-stamp:Urban', 'duplicate-signature:Sign']);
    expect(result.resolved.map((f) => f.key)).toEqual(['bottleneck:Manager']);
    expect(result.persisting.map((f) => [f.key, f.severity.change])).toEqual([
      ['rework-loop:Legal', 'raised'],
      ['rubber-stamp:Archive', 'lowered'],
    ]);
    expect(result.persisting[0]?.metrics.rounds).toEqual({ old: 10, new: 25, absolute: 15, relative: 1.5 });
    // high: the new Technical bottleneck. medium: it, the new Urban stamp, and Legal raised from low to medium.
    // low: the three new findings (Legal and Archive were at least low before).
    expect(result.regressions).toEqual({ high: 1, medium: 3, low: 3 });
  });

  it('regressionCount: a finding raised across the level counts, one already at it does not', () => {
    const before = [finding('rework-loop', ['Legal'], 'medium'), finding('bottleneck', ['Manager'], 'low')];
    const after = [finding('rework-loop', ['Legal'], 'high'), finding('bottleneck', ['Manager'], 'medium')];
    expect(regressionCount(before, after, 'high')).toBe(1);
    expect(regressionCount(before, after, 'medium')).toBe(1);
    expect(regressionCount(before, after, 'low')).toBe(0);
    expect(regressionCount(after, before, 'low')).toBe(0);
  });

  it('tells apart two findings of one period with the same key by their id', () => {
    const before = [finding('policy-violation', ['A', 'B'], 'high', {}, ['c1'], 'policy:precedence'), finding('policy-violation', ['A', 'B'], 'medium', {}, ['c1'], 'policy:response')];
    const after = [finding('policy-violation', ['A', 'B'], 'high', {}, ['c1'], 'policy:precedence'), finding('policy-violation', ['A', 'B'], 'medium', {}, ['c1'], 'policy:response')];
    const result = compareFindings(before, after, 20);
    expect(result.persisting.map((f) => f.key)).toEqual(['policy-violation:A|B#policy:precedence', 'policy-violation:A|B#policy:response']);
    expect(result.counts.new + result.counts.resolved).toBe(0);
  });

  it('keeps `limit` findings per list and counts the rest; counts stay complete', () => {
    const after = Array.from({ length: 7 }, (_, i) => finding('rubber-stamp', [`Step ${i}`], 'medium'));
    const result = compareFindings([], after, 3);
    expect(result.new).toHaveLength(3);
    expect(result.moreNew).toBe(4);
    expect(result.counts.new).toBe(7);
    expect(result.regressions.medium).toBe(7);
  });
});
