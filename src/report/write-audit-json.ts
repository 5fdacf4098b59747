// The audit as JSON (issue 5's shape: `JSON.stringify(document, null, 2)` byte for byte) handed to a sink in pieces of
// bounded size. Most of the text (~25 MB for 2.5M events) is the findings' case lists: they are written a slice of
// ids at a time, so no list is ever one string. Pieces of a few dozen kilobytes live and die in V8's young
// generation, whose memory is already touched: fresh pages (a multi-megabyte string, or a buffer to encode it) cost
// more in page faults (~10 µs each on the benchmark VM) than the rendering itself.

import type { AuditResult } from '../audit/audit-log.js';
import { writeJson } from './json-text.js';

/** Stands for a finding's case list in the skeleton; escaped by JSON.stringify, so the text to split on is known. */
const CASES_MARK = '\u0000cases\u0000';
/** A case list at its depth in the document: elements indented 8 spaces, the closing bracket 6. */
const CASE_INDENT = '        ';
/** Between two ids that need no escaping, as JSON.stringify lays out a case list. */
const ID_SEPARATOR = `",\n${CASE_INDENT}"`;
/** What JSON.stringify escapes in a string (any surrogate counts: a lone one is escaped, a pair is tested slowly). */
// eslint-disable-next-line no-control-regex -- JSON escapes control characters
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
/** Ids per piece: ~20 KB of text for ids like `P-000123`, far below V8's 128 KB limit for young-generation objects. */
const IDS_PER_PIECE = 1024;

/** Whether no id needs escaping, so a slice's text is the ids joined (one native pass, no JSON.stringify). O(ids). */
function plainIds(ids: readonly string[]): boolean {
  for (let at = 0; at < ids.length; at += IDS_PER_PIECE) if (NEEDS_ESCAPE.test(ids.slice(at, at + IDS_PER_PIECE).join(''))) return false;
  return true;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `ids` as the document prints a finding's `cases`, IDS_PER_PIECE ids per piece (their separators apart). O(ids). */
function writeCaseList(ids: readonly string[], plain: boolean, sink: (piece: string) => void): void {
  if (ids.length === 0) return sink('[]');
  sink('[');
  for (let at = 0; at < ids.length; at += IDS_PER_PIECE) {
    const slice = ids.slice(at, at + IDS_PER_PIECE);
    if (at > 0) sink(',');
    // Separate pieces rather than one concatenation: a concatenated string is copied flat again to be encoded.
    if (plain) {
      sink(`\n${CASE_INDENT}"`);
      sink(slice.join(ID_SEPARATOR));
      sink('"');
    } else sink(JSON.stringify(slice, null, CASE_INDENT).slice(1, -2)); // without `[` and `\n]`
  }
  sink('\n      ]');
}

/**
 * Writes `{ tool, schemaVersion, log, findings, whatIf }` as `JSON.stringify(…, null, 2)` and a newline would, in
 * pieces: the document with each finding's case list left out, cut where the lists go, and each list in slices of
 * about a thousand ids. Pieces are at most ~1 MB (a slice of 1,024 very long ids; ~20 KB for usual ones) and may be
 * as short as one character: the sink gathers them. Whether a list's ids need escaping is tested once per distinct
 * list (findings about the same cases are common). O(total case ids); memory O(one piece) besides the skeleton.
 */
export function writeAuditJson(result: AuditResult, sink: (piece: string) => void): void {
  const document = (findings: readonly object[]): object => ({ tool: 'redtape', schemaVersion: 1, log: result.log, findings, whatIf: result.whatIf });
  const findings = result.findings.map((finding) => ({ ...finding, cases: CASES_MARK }));
  const parts = `${JSON.stringify(document(findings), null, 2)}\n`.split(JSON.stringify(CASES_MARK));
  // A field holding the mark itself would cut the text elsewhere: then the document goes through the general writer.
  if (parts.length !== result.findings.length + 1) {
    writeJson(document(result.findings), sink);
    return sink('\n');
  }
  // The last list seen of each length: a list is compared with that one only, so the comparisons cost O(case ids).
  const lastOfLength = new Map<number, { ids: readonly string[]; plain: boolean }>();
  sink(parts[0] as string);
  result.findings.forEach((finding, f) => {
    let known = lastOfLength.get(finding.cases.length);
    if (!known || !sameIds(known.ids, finding.cases)) lastOfLength.set(finding.cases.length, (known = { ids: finding.cases, plain: plainIds(finding.cases) }));
    writeCaseList(finding.cases, known.plain, sink);
    sink(parts[f + 1] as string);
  });
}

/** {@link writeAuditJson}'s text as one string. O(total case ids). */
export function renderAuditJson(result: AuditResult): string {
  const pieces: string[] = [];
  writeAuditJson(result, (piece) => pieces.push(piece));
  return pieces.join('');
}
