// Precision and recall of every rule on the generator's planted patterns (English and Persian, Jalali dates, mixed
// spelling), at the default settings: every planted pattern found, nothing else flagged, controls left alone.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateApprovalLog, toCsv, type PlantedTruth } from '../../scripts/generate-approval-log.js';
import { auditLog } from '../../src/audit/audit-log.js';
import type { Finding } from '../../src/audit/finding.js';
import { readLog } from '../../src/io/read-log.js';
import { tempFolder } from '../helpers/temp-files.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const folder = tempFolder();

interface Score {
  readonly precision: number;
  readonly recall: number;
}

function score(found: readonly string[], truth: readonly string[]): Score {
  const f = new Set(found);
  const t = new Set(truth);
  const hit = [...f].filter((item) => t.has(item)).length;
  return { precision: f.size === 0 ? (t.size === 0 ? 1 : 0) : hit / f.size, recall: t.size === 0 ? 1 : hit / t.size };
}

/** Per pattern: the items found (steps, pairs, case ids) against the planted ones. */
function scoreAudit(findings: readonly Finding[], truth: PlantedTruth): Record<string, Score> {
  const of = (type: string): Finding[] => findings.filter((f) => f.type === type);
  const sameStep = of('duplicate-signature').filter((f) => !f.id.includes(':same-person:'));
  const samePerson = of('duplicate-signature').filter((f) => f.id.includes(':same-person:'));
  const pair = (a: string, b: string): string => [a, b].sort().join(' | ');
  const rework = of('rework-loop');
  return {
    'rubber-stamp': score(of('rubber-stamp').map((f) => f.activities[0] ?? ''), truth.rubberStamps),
    'implied-signature': score(of('implied-signature').map((f) => `${f.activities[0]} ← ${f.activities[1]}`), truth.impliedPairs.map((p) => `${p.step} ← ${p.impliedBy}`)),
    'duplicate-signature (steps)': score(sameStep.map((f) => f.activities[0] ?? ''), truth.duplicateSignature.steps),
    'duplicate-signature (same-step cases)': score(sameStep.flatMap((f) => f.cases), truth.duplicateSignature.sameStepCases),
    'duplicate-signature (same-person cases)': score(
      samePerson.flatMap((f) => f.cases.map((c) => `${c}: ${pair(f.activities[0] ?? '', f.activities[1] ?? '')}`)),
      truth.duplicateSignature.samePersonCases.map((c) => `${c.caseId}: ${pair(...c.steps)}`),
    ),
    'optional-signature': score(of('optional-signature').map((f) => f.activities[0] ?? ''), truth.optionalSteps.map((s) => s.step)),
    parallelizable: score(of('parallelizable').map((f) => pair(f.activities[0] ?? '', f.activities[1] ?? '')), truth.parallelPairs.map(([a, b]) => pair(a, b))),
    'segregation-of-duties': score(of('segregation-of-duties').flatMap((f) => f.cases.map((c) => `${c}: ${f.activities[0]}`)), truth.sodCases.map((c) => `${c.caseId}: ${c.step}`)),
    'rework-loop (cases)': score(rework.flatMap((f) => f.cases.map((c) => `${f.activities[0]}: ${c}`)), truth.rework.cases.map((c) => `${truth.rework.step}: ${c}`)),
    'rework-loop (rounds)': { precision: 1, recall: 1, ...(rework.reduce((sum, f) => sum + (f.metrics.rounds ?? 0), 0) === truth.rework.rounds ? {} : { precision: 0, recall: 0 }) },
    bottleneck: score(of('bottleneck').map((f) => f.activities[0] ?? ''), [truth.slowStep]),
  };
}

async function auditCsv(name: string, csv: string, timezone: string): Promise<readonly Finding[]> {
  const file = csv.includes('\n') ? folder.write(name, csv) : csv;
  const { log } = await readLog([file], { timezone });
  return auditLog(log).findings;
}

function expectPerfect(findings: readonly Finding[], truth: PlantedTruth): void {
  const scores = scoreAudit(findings, truth);
  for (const [pattern, { precision, recall }] of Object.entries(scores)) {
    expect({ pattern, precision, recall }).toEqual({ pattern, precision: 1, recall: 1 });
  }
  // Controls reject at 2-8%: never a rubber stamp, an implied or an optional signature.
  const controls = new Set(truth.controls.map((c) => c.step));
  const wrongly = findings.filter((f) => ['rubber-stamp', 'implied-signature', 'optional-signature'].includes(f.type) && controls.has(f.activities[0] ?? ''));
  expect(wrongly.map((f) => f.id)).toEqual([]);
}

describe('audit on planted truth (default settings)', () => {
  it.each(['en', 'fa'] as const)('finds exactly the planted patterns in fixtures/permits-%s.csv', async (language) => {
    const truth = JSON.parse(readFileSync(path.join(repoRoot, `fixtures/permits-${language}.truth.json`), 'utf8')) as PlantedTruth;
    const findings = await auditCsv('', path.join(repoRoot, `fixtures/permits-${language}.csv`), language === 'fa' ? 'Asia/Tehran' : 'UTC');
    expectPerfect(findings, truth);
  });

  it.each([
    ['en', 11],
    ['en', 12],
    ['fa', 13],
    ['fa', 14],
  ] as const)('finds exactly the planted patterns in a generated %s log (seed %i, 400 cases)', async (language, seed) => {
    const { rows, truth } = generateApprovalLog({ seed, cases: 400, language, mixedSpelling: true });
    const csv = toCsv(rows, { dates: language === 'fa' ? 'jalali' : 'iso', digits: language === 'fa' ? 'mixed' : 'latin', startColumn: seed % 2 === 0 });
    const findings = await auditCsv(`g-${language}-${seed}.csv`, csv, language === 'fa' ? 'Asia/Tehran' : 'UTC');
    expectPerfect(findings, truth);
  });
});
