import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../helpers/json-schema.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const files = tempFolder();
const PERMITS_EN = join(REPO_ROOT, 'fixtures/permits-en.csv');
const PERMITS_FA = join(REPO_ROOT, 'fixtures/permits-fa.csv');

describe('redtape audit', () => {
  it('prints JSON in the contracted shape, every finding with the contracted keys', () => {
    const result = runCli(['audit', PERMITS_EN, '--format', 'json', '-q']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['tool', 'schemaVersion', 'log', 'findings', 'whatIf']);
    expect(schemaErrors('audit', report)).toEqual([]);
    expect(report.tool).toBe('redtape');
    expect(report.schemaVersion).toBe(1);
    expect(report.log).toMatchObject({ events: 3323, cases: 300 });
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual(['id', 'type', 'severity', 'activities', 'cases', 'metrics', 'message']);
      expect(['high', 'medium', 'low', 'info']).toContain(finding.severity);
      expect(finding.activities.length).toBeGreaterThan(0);
      for (const value of Object.values(finding.metrics)) expect(typeof value).toBe('number');
    }
    const types = new Set(report.findings.map((f: { type: string }) => f.type));
    for (const type of ['rubber-stamp', 'duplicate-signature', 'implied-signature', 'optional-signature', 'parallelizable', 'segregation-of-duties', 'rework-loop', 'bottleneck']) {
      expect(types).toContain(type);
    }
    expect(report.whatIf.estimate).toBe(true);
    expect(report.whatIf.allRedundant.after.median).toBeLessThan(report.whatIf.before.median);
  });

  it('ranks findings by severity, then impact', () => {
    const report = JSON.parse(runCli(['audit', PERMITS_EN, '-f', 'json', '-q']).stdout) as { findings: { severity: string; metrics: { impact: number } }[] };
    const rank = { high: 3, medium: 2, low: 1, info: 0 } as Record<string, number>;
    for (let i = 1; i < report.findings.length; i++) {
      const [a, b] = [report.findings[i - 1]!, report.findings[i]!];
      expect(rank[a.severity]! > rank[b.severity]! || (a.severity === b.severity && a.metrics.impact >= b.metrics.impact)).toBe(true);
    }
  });

  it('exits 1 with --fail-on when a finding at or above the level exists, 0 otherwise', () => {
    expect(runCli(['audit', PERMITS_EN, '--fail-on', 'high', '-q']).code).toBe(1);
    expect(runCli(['audit', PERMITS_EN, '--rules', 'rework-loop', '--fail-on', 'high', '-q']).code).toBe(0);
    expect(runCli(['audit', PERMITS_EN, '--rules', 'rework-loop', '--fail-on', 'medium', '-q']).code).toBe(1);
  });

  it('exits 2 with one line on bad options', () => {
    for (const args of [['--rules', 'nope'], ['--min-support', '0'], ['--max-reject-rate', '2'], ['--decision-map', 'maybe=x'], ['--signatures', '(']]) {
      const result = runCli(['audit', PERMITS_EN, '-q', ...args]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('writes the same JSON to a file (atomically: no temporary file left) as to standard output', () => {
    for (const [log, lang] of [[PERMITS_EN, 'en'], [PERMITS_FA, 'fa']] as const) {
      const dir = join(files.dir, `json-${lang}`);
      const out = join(dir, 'audit.json');
      expect(runCli(['audit', log, '--lang', lang, '-o', out, '-q']).code).toBe(0);
      const printed = runCli(['audit', log, '--lang', lang, '-f', 'json', '-o', '-', '-q']);
      expect(printed.code).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe(printed.stdout);
      expect(schemaErrors('audit', JSON.parse(printed.stdout))).toEqual([]);
      expect(readdirSync(dir)).toEqual(['audit.json']);
    }
  });

  it('writes one CSV row per finding and case, neutralizing formula cells', () => {
    const log = files.write('hostile.csv', [
      'case,activity,timestamp,user,decision',
      ...Array.from({ length: 40 }, (_, i) => [`=cmd${i},Submit,2024-01-01T08:00:00Z,u${i},`, `=cmd${i},@SUM(1),2024-01-01T09:00:00Z,s,approved`]).flat(),
    ].join('\n'));
    const out = join(files.dir, 'audit.csv');
    expect(runCli(['audit', log, '-o', out, '-q']).code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('finding_id,type,severity,activity,related_activities,case_id,message');
    expect(lines).toHaveLength(41);
    expect(lines[1]).toContain(",'@SUM(1),");
    expect(lines[1]).toContain(",'=cmd0,");
  });

  it('writes Persian messages with --lang fa, and Markdown', () => {
    const result = runCli(['audit', PERMITS_FA, '--lang', 'fa', '-f', 'md', '-q']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('# redtape audit');
    expect(result.stdout).toContain('«نظر آتش‌نشانی»');
    expect(result.stdout).toContain('What if (estimate)');
  });

  it('finds four-eyes breaches and takes signatures from labels', () => {
    const log = files.write('labels.csv', [
      'case,activity,timestamp,user',
      ...Array.from({ length: 40 }, (_, i) => [
        `${i},Declaration SUBMITTED by EMPLOYEE,2024-01-01T08:00:00Z,e${i}`,
        `${i},Declaration APPROVED by ADMINISTRATION,2024-01-02T08:00:00Z,${i < 3 ? 'x' : 'a'}`,
        `${i},Declaration ${i % 5 === 0 ? 'REJECTED' : 'FINAL_APPROVED'} by SUPERVISOR,2024-01-03T08:00:00Z,${i < 3 ? 'x' : 'b'}`,
      ]).flat(),
    ].join('\n'));
    const report = JSON.parse(runCli(['audit', log, '--decision-from-label', '--four-eyes', 'Declaration by ADMINISTRATION,Declaration by SUPERVISOR', '-f', 'json', '-q']).stdout);
    expect(schemaErrors('audit', report)).toEqual([]);
    expect(report.log.signingSteps).toEqual(['Declaration by ADMINISTRATION', 'Declaration by SUPERVISOR']);
    const fourEyes = report.findings.find((f: { id: string }) => f.id.startsWith('segregation-of-duties:four-eyes:'));
    expect(fourEyes.cases).toEqual(['0', '1', '2']);
    const stamp = report.findings.find((f: { id: string }) => f.id === 'rubber-stamp:Declaration by ADMINISTRATION');
    expect(stamp.metrics).toMatchObject({ cases: 40, rejections: 0 });
  });
});

describe('redtape audit with a working calendar', () => {
  it('measures waiting in working seconds and says so', () => {
    // Monday 2024-01-01: submitted 16:00, stamped Tuesday 10:00 → 1 h on Monday + 1 h on Tuesday = 2 working hours.
    const rows = ['case,activity,timestamp,user,decision'];
    for (let i = 0; i < 30; i++) rows.push(`${i},Submit,2024-01-01T16:00:00Z,u${i},`, `${i},Stamp,2024-01-02T10:00:00Z,s,approved`);
    const log = files.write('calendar.csv', rows.join('\n'));
    const report = JSON.parse(runCli(['audit', log, '--work-hours', 'mon-fri 09:00-17:00', '--rules', 'rubber-stamp', '-f', 'json', '-q']).stdout);
    expect(report.log.time).toContain('working time');
    expect(report.log.dayLength).toBe(8 * 3600);
    expect(report.findings[0].metrics.waitingMedian).toBe(2 * 3600);
    expect(report.whatIf.before.median).toBe(2 * 3600);
  });
});
