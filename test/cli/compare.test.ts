import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../helpers/json-schema.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const files = tempFolder();
// The same office before and after a planted reform (fixtures/README.md): Fire department opinion abolished, Urban
// planning stops rejecting, Technical review slow, District manager fast.
const BEFORE = join(REPO_ROOT, 'fixtures/permits-before-reform.csv');
const AFTER = join(REPO_ROOT, 'fixtures/permits-after-reform.csv');
const OFFICE = ['--work-hours', 'office'];

interface Json {
  [key: string]: unknown;
}

describe('redtape compare', () => {
  const json = runCli(['compare', BEFORE, AFTER, ...OFFICE, '-f', 'json', '-q']);
  const report = JSON.parse(json.stdout) as Json & {
    bottlenecks: { steps: { name: string; old: { rank: number }; new: { rank: number }; waitingMedian: { old: number; new: number }; waitingTest: { significant: boolean } | null }[]; vanishing: { name: string }[]; appearing: unknown[] };
    findings: { counts: Json; regressions: Json; new: { key: string; severity: string }[]; resolved: { key: string }[]; persisting: { key: string }[] };
    variants: { counts: Json; vanishingShare: number; appearingShare: number };
    throughput: { old: { count: number; median: number }; new: { count: number; median: number }; test: { n: number[]; significant: boolean } | null };
  };

  it('writes JSON in the contracted shape, valid against schema/compare.schema.json', () => {
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('');
    expect(Object.keys(report)).toEqual(['tool', 'schemaVersion', 'kind', 'old', 'new', 'unit', 'calendar', 'listLimit', 'sharedCases', 'warnings', 'throughput', 'bottlenecks', 'findings', 'variants']);
    expect(schemaErrors('compare', report)).toEqual([]);
    expect(report).toMatchObject({ tool: 'redtape', schemaVersion: 1, kind: 'comparison', unit: 'working seconds', calendar: { workingTime: true, dayLengthSeconds: 28_800 } });
    expect(report.old).toMatchObject({ cases: 200, events: 2187 });
    expect(report.new).toMatchObject({ cases: 200, events: 2044 });
    expect(report.sharedCases).toEqual({ count: 0, examples: [] });
  });

  it('finds the planted reform: Technical review climbs to first, District manager falls, Fire department vanishes', () => {
    const rank = (name: string) => report.bottlenecks.steps.find((step) => step.name === name);
    expect(rank('Technical review')).toMatchObject({ old: { rank: 4 }, new: { rank: 1 }, waitingMedian: { old: 25_230, new: 113_760 } });
    expect(rank('District manager signature')).toMatchObject({ old: { rank: 1 }, new: { rank: 4 }, waitingMedian: { old: 115_470, new: 23_010 } });
    expect(report.bottlenecks.vanishing.map((step) => step.name)).toEqual(['Fire department opinion']);
    expect(report.bottlenecks.appearing).toEqual([]);
    const newKeys = report.findings.new.map((f) => f.key);
    expect(newKeys).toContain('bottleneck:Technical review');
    expect(newKeys).toContain('rubber-stamp:Urban planning approval');
    const resolved = report.findings.resolved.map((f) => f.key);
    for (const key of ['bottleneck:District manager signature', 'rubber-stamp:Fire department opinion', 'optional-signature:Fire department opinion']) expect(resolved).toContain(key);
    // The controls the reform did not touch persist.
    const persisting = report.findings.persisting.map((f) => f.key);
    for (const key of ['rubber-stamp:Archive signature', 'implied-signature:Committee confirmation|Technical review', 'parallelizable:Finance approval|Urban planning approval', 'rework-loop:Legal review']) expect(persisting).toContain(key);
    expect(report.findings.counts).toEqual({ new: 7, resolved: 6, persisting: 9, raised: 0, lowered: 1 });
    expect(report.findings.regressions).toEqual({ high: 3, medium: 4, low: 7 });
    expect(report.variants.counts).toEqual({ appearing: 5, vanishing: 19, persisting: 15 });
    expect(report.variants.vanishingShare).toBe(0.595);
    expect(report.variants.appearingShare).toBe(0.03);
    expect(report.throughput.old).toMatchObject({ count: 200, median: 283_980 });
    expect(report.throughput.new).toMatchObject({ count: 200, median: 256_440 });
    // The median case got faster, but not beyond chance: the reform moved waiting around more than it cut it.
    expect(report.throughput.test).toMatchObject({ n: [200, 200], significant: false });
    expect(rank('Technical review')).toMatchObject({ waitingTest: { significant: true } });
    expect(rank('Legal review')).toMatchObject({ waitingTest: { significant: false } });
  });

  it('gives byte-identical output on two runs, and -o writes the same bytes atomically', () => {
    for (const format of ['json', 'text', 'md']) {
      const first = runCli(['compare', BEFORE, AFTER, '-f', format, '-q']);
      const second = runCli(['compare', BEFORE, AFTER, '-f', format, '-q']);
      expect(first.code).toBe(0);
      expect(second.stdout).toBe(first.stdout);
    }
    const out = join(files.dir, 'out', 'comparison.md');
    expect(runCli(['compare', BEFORE, AFTER, '-o', out, '-q']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(runCli(['compare', BEFORE, AFTER, '-f', 'md', '-q']).stdout);
    expect(readdirSync(join(files.dir, 'out'))).toEqual(['comparison.md']);
  });

  it('writes a ranked text report by default, without colour when not a terminal', () => {
    const result = runCli(['compare', BEFORE, AFTER, ...OFFICE, '--top', '3']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\u001b[');
    expect(result.stdout).toContain('durations in working time (mon-fri 09:00-17:00, UTC; a day is 8h)');
    expect(result.stdout).toContain('    1. ↑3 Technical review (was 4)');
    expect(result.stdout).toContain('       median waiting 7h → 3d 7h (+350.9%)');
    expect(result.stdout).toContain('  vanished: Fire department opinion (was rank 5, median waiting 7h 41m, 7.7% of waiting)');
    expect(result.stdout).toContain('    [HIGH] bottleneck: Cases wait a median 4 working days before “Technical review”: 48% of all waiting.');
    expect(result.stdout).toContain('  Vanished (19, 59.5% of old cases):');
    expect(result.stdout).toContain('    … 4 more');
  });

  it('writes Markdown tables', () => {
    const result = runCli(['compare', BEFORE, AFTER, ...OFFICE, '-f', 'md', '-q']);
    expect(result.stdout).toMatch(/^# redtape compare\n/);
    expect(result.stdout).toContain('| 1 | ↑3 (was 4) | Technical review | 7h → 3d 7h (+350.9%) |');
    expect(result.stdout).toContain('- vanished: Fire department opinion (was rank 5, median waiting 7h 41m)');
    expect(result.stdout).toContain('| medium | rubber-stamp | “Urban planning approval” rejected or returned nothing in 165 cases');
  });

  it('--fail-on exits 1 only for regressions: findings NEW has at or above the level that OLD had not', () => {
    const rules = ['--rules', 'bottleneck,rubber-stamp', ...OFFICE, '-q'];
    expect(runCli(['compare', BEFORE, AFTER, ...rules, '--fail-on', 'high']).code).toBe(1);
    // Backwards, the only new findings are medium (the District manager bottleneck, the Fire department stamp).
    expect(runCli(['compare', AFTER, BEFORE, ...rules, '--fail-on', 'high']).code).toBe(0);
    expect(runCli(['compare', AFTER, BEFORE, ...rules, '--fail-on', 'medium']).code).toBe(1);
    // Rework persists in both periods: not a regression, whatever its severity.
    expect(runCli(['compare', BEFORE, AFTER, '--rules', 'rework-loop', '--fail-on', 'low', '-q']).code).toBe(0);
    expect(runCli(['compare', BEFORE, AFTER, '-q']).code).toBe(0);
  });

  it('exits 2 with one line on bad input or usage', () => {
    for (const args of [[BEFORE], [BEFORE, 'missing.csv'], ['-', '-'], [BEFORE, AFTER, '--top', '0'], [BEFORE, AFTER, '--rules', 'nope'], [BEFORE, AFTER, '-f', 'csv'], [BEFORE, AFTER, '--fail-on', 'info']]) {
      const result = runCli(['compare', ...args, '-q'], '');
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n').filter((line) => !line.startsWith('(run with --help')), args.join(' ')).toHaveLength(1);
      expect(result.stdout).toBe('');
    }
  });

  it('reads both periods with the same reader options from --config, and writes the rows set aside of both to one --rejects file', () => {
    const old = files.write('jan.csv', 'id,step,when,who,verdict\n1,Submit,16.01.2024 08:00,a,\n1,Approve,17.01.2024 09:30,b,ok\nbad,row\n');
    const now = files.write('feb.csv', 'id,step,when,who,verdict\n2,Submit,01.02.2024 08:00,c,\n2,Approve,05.02.2024 09:30,b,ok\n2,Archive,05.02.2024 10:30,d,ok\n3,Submit,31.02.2024 08:00,e,\n');
    const rejects = join(files.dir, 'rejects.csv');
    const config = files.write('compare.yaml', `case: id\nactivity: step\ntimestamp: when\nresource: who\ndecision: verdict\ninputs: [${old}, ${now}]\ncompare:\n  format: json\n  timestamp-format: dd.MM.yyyy HH:mm\n  rejects: ${rejects}\n  top: 5\n`);
    const result = runCli(['compare', '--config', config]);
    expect(result.code).toBe(0);
    const comparison = JSON.parse(result.stdout) as { old: { cases: number; events: number }; new: { cases: number; events: number }; listLimit: number; variants: { appearing: { activities: string[] }[]; vanishing: { activities: string[] }[] } };
    expect(schemaErrors('compare', comparison)).toEqual([]);
    expect(comparison.old).toMatchObject({ cases: 1, events: 2 });
    expect(comparison.new).toMatchObject({ cases: 1, events: 3 });
    expect(comparison.listLimit).toBe(5);
    expect(comparison.variants.appearing.map((v) => v.activities)).toEqual([['Submit', 'Approve', 'Archive']]);
    expect(comparison.variants.vanishing.map((v) => v.activities)).toEqual([['Submit', 'Approve']]);
    expect(result.stderr).toContain(`redtape: old: 1 of 3 rows set aside (written to ${rejects})`);
    expect(result.stderr).toContain(`redtape: new: 1 of 4 rows set aside (written to ${rejects})`);
    const lines = readFileSync(rejects, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`${old},4,`);
    expect(lines[2]).toContain(`${now},5,`);
  });

  it('reads one period from standard input, and warns when a period has no cases', () => {
    const piped = runCli(['compare', '-', AFTER, '-f', 'json', '-q'], readFileSync(BEFORE));
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout)).toMatchObject({ old: { files: ['-'], cases: 200, events: 2187 }, new: { cases: 200 } });
    const empty = files.write('empty.csv', 'case,activity,timestamp\n');
    const result = runCli(['compare', empty, AFTER, '-f', 'json', '-q']);
    expect(result.code).toBe(0);
    const comparison = JSON.parse(result.stdout) as { warnings: string[]; findings: { counts: { new: number; persisting: number } } };
    expect(schemaErrors('compare', comparison)).toEqual([]);
    expect(comparison.warnings).toEqual(['OLD has no cases: its figures are all 0 and everything in the other period counts as changed']);
    expect(comparison.findings.counts.persisting).toBe(0);
  });

  it("README's example is the real output", () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### compare'));
    const example = /```text\n([\s\S]*?)```/.exec(section)?.[1];
    const result = runCli(['compare', 'fixtures/permits-before-reform.csv', 'fixtures/permits-after-reform.csv', ...OFFICE, '--top', '3']);
    expect(example).toBe(result.stdout);
  });

  it('warns when a case is in both periods (an export cut by rows, not by case)', () => {
    const result = runCli(['compare', join(REPO_ROOT, 'fixtures/permits-en-part1.csv'), join(REPO_ROOT, 'fixtures/permits-en-part2.csv'), '-f', 'json', '-q']);
    const comparison = JSON.parse(result.stdout) as { sharedCases: { count: number }; warnings: string[] };
    expect(comparison.sharedCases.count).toBe(130);
    expect(comparison.warnings[0]).toMatch(/^130 case ids are in both periods/);
  });
});
