// The example policies in examples/ (and the README, which shows them verbatim) run on the generated permit fixtures
// and find the patterns the generator planted.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../helpers/json-schema.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

interface Truth {
  labels: Record<string, string>;
  sodCases: { caseId: string; step: string }[];
  duplicateSignature: { steps: string[]; sameStepCases: string[] };
}

describe.each([
  ['en', 'no-self-approval', 'archive-signs-once', 'Fast track', ['--work-hours', 'office']],
  ['fa', 'امضا-نکردن-درخواست‌دهنده', 'یک-امضای-بایگانی', 'رسیدگی خارج از نوبت', ['--work-hours', 'iran-gov', '--timezone', 'Asia/Tehran']],
])('examples/policy-%s.yaml', (language, selfApproval, archiveOnce, absentStep, calendar) => {
  const policyFile = join('examples', `policy-${language}.yaml`);
  const truth = JSON.parse(readFileSync(join(REPO_ROOT, 'fixtures', `permits-${language}.truth.json`), 'utf8')) as Truth;

  it('is shown verbatim in the README', () => {
    expect(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')).toContain(readFileSync(join(REPO_ROOT, policyFile), 'utf8'));
  });

  it('finds the planted duplicate signatures and self-approvals in the fixture', () => {
    const result = runCli(['check', join('fixtures', `permits-${language}.csv`), '--policy', policyFile, ...calendar, '--format', 'json', '-q']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(schemaErrors('check', report)).toEqual([]);
    const rule = (id: string) => report.rules.find((entry: { id: string }) => entry.id === id);
    expect(truth.duplicateSignature.steps).toEqual([truth.labels.archive]);
    expect(rule(archiveOnce).cases).toEqual([...truth.duplicateSignature.sameStepCases].sort());
    const listed = new Set(rule(selfApproval).steps as string[]);
    const planted = truth.sodCases.filter((entry) => listed.has(entry.step)).map((entry) => entry.caseId);
    expect(rule(selfApproval).cases).toEqual([...new Set(planted)].sort());
    expect(report.warnings).toEqual([expect.stringContaining(`step "${absentStep}" does not occur in the log`)]);
    expect(runCli(['check', join('fixtures', `permits-${language}.csv`), '--policy', policyFile, ...calendar, '--fail-on', 'high', '-q']).code).toBe(1);
    // The statutory deadline is in working days: without a calendar the check stops and says why.
    expect(runCli(['check', join('fixtures', `permits-${language}.csv`), '--policy', policyFile, '-q']).code).toBe(2);
  });
});
