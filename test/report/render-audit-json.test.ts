import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/audit/audit-log.js';
import type { Finding } from '../../src/audit/finding.js';
import { WHAT_IF_METHOD } from '../../src/audit/what-if.js';
import { renderAuditJson, renderAuditJsonChunks } from '../../src/report/render-audit.js';

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

describe('renderAuditJsonChunks', () => {
  it('joins to the pretty-printed document byte for byte, whatever the case ids hold', () => {
    const odd = ['P-1', 'quote " inside', 'back\\slash', 'tab\there', 'line\nbreak', 'پرونده-۱', 'emoji 😀', 'lone \ud800 half', '\u0000cases\u0000'];
    const result = resultOf([finding('rubber-stamp:Sign', odd), finding('bottleneck:Wait', []), finding('rework-loop:Check', ['C-2', 'C-3'], 'Persian «پیام»')]);
    const chunks = renderAuditJsonChunks(result);
    expect(chunks.join('')).toBe(plainJson(result));
    expect(renderAuditJson(result)).toBe(plainJson(result));
    expect(chunks.length).toBe(2 * result.findings.length + 1);
  });

  it('renders a case list repeated by another finding once, as the same chunk', () => {
    const cases = Array.from({ length: 1000 }, (_, i) => `case-${i}`);
    const result = resultOf([finding('rubber-stamp:A', cases), finding('rubber-stamp:B', [...cases]), finding('bottleneck:C', cases.slice(1))]);
    const chunks = renderAuditJsonChunks(result);
    expect(chunks.join('')).toBe(plainJson(result));
    expect(chunks[3]).toBe(chunks[1]);
    expect(chunks[5]).not.toBe(chunks[1]);
  });

  it('renders the whole document in one piece when a field holds the mark the lists are cut at', () => {
    const result = resultOf([finding('rubber-stamp:Sign', ['P-1'], '\u0000cases\u0000')]);
    const chunks = renderAuditJsonChunks(result);
    expect(chunks).toEqual([plainJson(result)]);
  });
});
