import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../helpers/json-schema.js';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const files = tempFolder();
const LOG = 'case,activity,timestamp,user\n1,Submit,2024-01-01T08:00:00Z,ana\n1,Approve,2024-01-02T08:00:00Z,bo\n2,Submit,2024-01-01T09:00:00Z,ana\n2,Submit,2024-01-01T09:00:00Z,ana\n3,Submit,oops,ana\n';

describe('redtape inspect', () => {
  it('prints JSON with the contracted keys', () => {
    const result = runCli(['inspect', files.write('log.csv', LOG), '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    for (const key of ['events', 'cases', 'activities', 'resources', 'timeRange', 'mapping', 'timestampFormat', 'rejected', 'labelMerges']) {
      expect(report).toHaveProperty(key);
    }
    expect(report.events).toBe(4);
    expect(report.cases).toBe(2);
    expect(report.activities).toEqual([{ name: 'Submit', count: 3 }, { name: 'Approve', count: 1 }]);
    expect(report.timeRange).toEqual({ start: '2024-01-01T08:00:00.000Z', end: '2024-01-02T08:00:00.000Z' });
    expect(report.rejected).toEqual({ count: 1, byReason: { 'unparsable timestamp': 1 } });
    expect(report.quality.duplicateEvents).toBe(1);
    expect(schemaErrors('inspect', report)).toEqual([]);
    expect(result.stderr).toMatch(/1 of 5 rows set aside/);
  });

  it('writes rejected rows with line and reason to --rejects', () => {
    const rejects = join(files.dir, 'rejects.csv');
    const result = runCli(['inspect', files.write('log2.csv', LOG), '--rejects', rejects, '-q']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(readFileSync(rejects, 'utf8')).toBe('file,line,reason,detail,row\n' + `${join(files.dir, 'log2.csv')},6,unparsable timestamp,"""oops"" is not ISO 8601","3,Submit,oops,ana"\n`);
  });

  it('reads standard input with -', () => {
    const result = runCli(['inspect', '-', '--format', 'json'], LOG);
    expect(JSON.parse(result.stdout).events).toBe(4);
  });

  it('exits 2 with one line and no stack trace on bad input or usage', () => {
    for (const args of [['inspect', 'missing.csv'], ['inspect', files.write('x.csv', 'a,b\n1,2\n')], ['inspect', '--format', 'xml', files.write('y.csv', LOG)], ['inspect'], ['nonsense']]) {
      const result = runCli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    }
    const missing = runCli(['inspect', files.write('z.csv', 'a,b\n1,2\n')]);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/--case/);
  });

  it('--strict turns a bad row into exit 2 naming the line', () => {
    const result = runCli(['inspect', files.write('strict.csv', LOG), '--strict']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/strict\.csv:6: unparsable timestamp/);
  });
});
