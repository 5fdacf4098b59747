import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/audit/audit-log.js';
import type { Finding } from '../../src/audit/finding.js';
import { WHAT_IF_METHOD } from '../../src/audit/what-if.js';
import { renderAuditCsv, writeAuditCsv } from '../../src/report/render-audit.js';

function finding(id: string, activities: readonly string[], cases: readonly string[], message: string): Finding {
  return { id, type: id.split(':')[0] ?? id, severity: 'high', activities, cases, metrics: { cases: cases.length }, message };
}

function resultOf(findings: readonly Finding[]): AuditResult {
  return {
    log: { files: ['a.csv'], events: 10, cases: 4, signatures: 6, signingSteps: ['Sign'], timeRange: null, time: 'elapsed', dayLength: 86_400, rules: ['rubber-stamp'], warnings: [] },
    findings,
    whatIf: { estimate: true, method: WHAT_IF_METHOD, before: { median: 1, p90: 2 }, perFinding: [], allRedundant: null },
  };
}

describe('writeAuditCsv', () => {
  it('writes one row per finding and case, a caseless finding as one row, every cell escaped', () => {
    const result = resultOf([
      finding('implied-signature:Sign, B', ['Sign, B', '=Approve', 'Check'], ['P-1', 'P "2"'], 'B mirrors "A"'),
      finding('bottleneck:Wait', ['Wait'], [], 'waits'),
    ]);
    expect(renderAuditCsv(result)).toBe(
      [
        'finding_id,type,severity,activity,related_activities,case_id,message',
        '"implied-signature:Sign, B",implied-signature,high,"Sign, B",\'=Approve; Check,P-1,"B mirrors ""A"""',
        '"implied-signature:Sign, B",implied-signature,high,"Sign, B",\'=Approve; Check,"P ""2""","B mirrors ""A"""',
        'bottleneck:Wait,bottleneck,high,Wait,,,waits',
        '',
      ].join('\n'),
    );
  });

  it('encodes non-ASCII cells and case ids as UTF-8, and a row longer than a piece whole', () => {
    const long = 'x'.repeat(70_000);
    const result = resultOf([finding('rubber-stamp:تایید', ['تایید'], ['پ-۱', 'P-2'], `“${long}”`)]);
    const pieces: Buffer[] = [];
    writeAuditCsv(result, (piece) => pieces.push(Buffer.from(piece)));
    expect(Buffer.concat(pieces).toString('utf8')).toBe(
      [
        'finding_id,type,severity,activity,related_activities,case_id,message',
        `rubber-stamp:تایید,rubber-stamp,high,تایید,,پ-۱,“${long}”`,
        `rubber-stamp:تایید,rubber-stamp,high,تایید,,P-2,“${long}”`,
        '',
      ].join('\n'),
    );
  });

  it('hands over a long finding in bounded pieces that join to the same text', () => {
    const cases = Array.from({ length: 30_000 }, (_, i) => (i % 1000 === 7 ? `C,${i}` : `C-${i}`));
    const result = resultOf([finding('rubber-stamp:Sign', ['Sign'], cases, 'never rejects')]);
    const pieces: Buffer[] = [];
    // Each piece is valid only during the call: the same memory serves the next.
    writeAuditCsv(result, (piece) => pieces.push(Buffer.from(piece)));
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(1 << 16);
    const lines = Buffer.concat(pieces).toString('utf8').split('\n');
    expect(lines).toHaveLength(cases.length + 2);
    expect(lines[1]).toBe('rubber-stamp:Sign,rubber-stamp,high,Sign,,C-0,never rejects');
    expect(lines[1008]).toBe('rubber-stamp:Sign,rubber-stamp,high,Sign,,"C,1007",never rejects');
  });
});
