import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/audit/audit-log.js';
import type { Finding } from '../../src/audit/finding.js';
import { WHAT_IF_METHOD } from '../../src/audit/what-if.js';
import { renderAuditJson, writeAuditJson } from '../../src/report/write-audit-json.js';

function finding(id: string, cases: readonly string[], message = `“${id}” in ${cases.length} cases`): Finding {
  return { id, type: id.split(':')[0] ?? id, severity: 'medium', activities: [id.split(':')[1] ?? id], cases, metrics: { cases: cases.length, impact: 0.5 }, message };
}

function resultOf(findings: readonly Finding[]): AuditResult {
  return {
    log: { files: ['a.csv'], events: 10, cases: 4, signatures: 6, signingSteps: ['Sign'], timeRange: null, time: 'elapsed', dayLength: 86_400, rules: ['rubber-stamp'], warnings: [] },
    findings,
    whatIf: { estimate: true, method: WHAT_IF_METHOD, before: { median: 1, p90: 2 }, perFinding: [], allRedundant: null },
  };
}

/** What the JSON output always was: one JSON.stringify of the document. */
function plainJson(result: AuditResult): string {
  return `${JSON.stringify({ tool: 'redtape', schemaVersion: 1, log: result.log, findings: result.findings, whatIf: result.whatIf }, null, 2)}\n`;
}

function piecesOf(result: AuditResult): string[] {
  const pieces: string[] = [];
  writeAuditJson(result, (piece) => pieces.push(piece));
  return pieces;
}

const ODD = ['P-1', 'quote " inside', 'back\\slash', 'tab\there', 'line\nbreak', 'پرونده-۱', 'emoji 😀', 'lone \ud800 half', '\u0000cases\u0000'];

describe('writeAuditJson', () => {
  it('writes the pretty-printed document byte for byte, whatever the case ids hold', () => {
    const result = resultOf([finding('rubber-stamp:Sign', ODD), finding('bottleneck:Wait', []), finding('rework-loop:Check', ['C-2', 'C-3'], 'Persian «پیام»')]);
    expect(piecesOf(result).join('')).toBe(plainJson(result));
    expect(renderAuditJson(result)).toBe(plainJson(result));
  });

  it('writes long lists, repeated or not, plain or needing escapes anywhere, as JSON.stringify does', () => {
    const id = fc.oneof(fc.constantFrom(...ODD), fc.string({ unit: 'binary', maxLength: 4 }), fc.nat().map((n) => `P-${n}`));
    const list = fc.oneof(fc.array(id, { maxLength: 3000 }), fc.nat(3000).map((n) => Array.from({ length: n }, (_, i) => `case-${i}`)));
    fc.assert(
      fc.property(fc.array(list, { maxLength: 4 }), fc.boolean(), (lists, repeat) => {
        const findings = lists.map((cases, i) => finding(`rubber-stamp:S${i}`, cases));
        // Repeats as the audit makes them: the same array, and an equal copy.
        if (repeat && lists[0]) findings.push(finding('rubber-stamp:Again', lists[0]), finding('rubber-stamp:Copy', [...lists[0]]));
        const result = resultOf(findings);
        expect(piecesOf(result).join('')).toBe(plainJson(result));
      }),
      { seed: 5, numRuns: 60 },
    );
  });

  it('hands a long case list over in pieces of about a thousand ids, not as one string', () => {
    const cases = Array.from({ length: 100_000 }, (_, i) => `P-${String(i).padStart(6, '0')}`);
    const result = resultOf([finding('rubber-stamp:A', cases), finding('rubber-stamp:B', [...cases, 'quote " inside'])]);
    const pieces = piecesOf(result);
    expect(pieces.join('')).toBe(plainJson(result));
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(1024 * `,\n        "P-000000"`.length);
  });

  it('writes the document whole through the general writer when a field holds the mark the lists are cut at', () => {
    const result = resultOf([finding('rubber-stamp:Sign', ['P-1'], '\u0000cases\u0000')]);
    expect(piecesOf(result).join('')).toBe(plainJson(result));
  });
});
