import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const files = tempFolder();
const LOG = 'id,step,when\n1,Submit,16.01.2024 08:00\n1,Approve,17.01.2024 09:30\n';
files.write('jan.csv', LOG);
files.write('feb.csv', 'id,step,when\n2,Submit,01.02.2024 08:00\n');

describe('--config', () => {
  it('supplies options and inputs (globs) so a scheduled job is one line', () => {
    const config = files.write('job.yaml', `case: id\nactivity: step\ntimestamp: when\ninputs: ${files.dir}/*.csv\ninspect:\n  format: json\n  timestamp-format: dd.MM.yyyy HH:mm\n`);
    const result = runCli(['inspect', '--config', config]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.cases).toBe(2);
    expect(report.timestampFormat).toBe('dd.MM.yyyy HH:mm');
  });

  it('lets command-line options and inputs override the file', () => {
    const config = files.write('override.json', JSON.stringify({ case: 'id', activity: 'step', timestamp: 'when', format: 'json', inputs: [`${files.dir}/*.csv`] }));
    const result = runCli(['inspect', '--config', config, '--format', 'md', `${files.dir}/jan.csv`]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Log: .*jan\.csv\n/);
    expect(result.stdout).toMatch(/\| cases \| 1 \|/);
  });

  it('refuses unknown keys with the file and line', () => {
    const config = files.write('typo.yaml', 'case: id\ntimezon: Asia/Tehran\n');
    const result = runCli(['inspect', '--config', config, `${files.dir}/jan.csv`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/typo\.yaml:2: key timezon: unknown option --timezon/);
    const section = files.write('section.yaml', 'inspect:\n  fail-on: high\n');
    expect(runCli(['inspect', '--config', section, `${files.dir}/jan.csv`]).stderr).toMatch(/section\.yaml:2: key inspect\.fail-on: redtape inspect has no option --fail-on/);
  });

  it('reports YAML syntax errors with their line', () => {
    const config = files.write('broken.yaml', 'case: id\n  activity: [step\n');
    const result = runCli(['inspect', '--config', config]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/broken\.yaml:1:7: invalid config: Nested mappings/);
  });

  it('reaches a nested subcommand: top-level reader options, its own section under its parent, and its inputs', () => {
    const config = files.write(
      'suggest.yaml',
      `case: id\nactivity: step\ntimestamp: when\ntimestamp-format: dd.MM.yyyy HH:mm\ninputs: ${files.dir}/none-*.csv\npolicy:\n  suggest:\n    support: 90\n    inputs: ${files.dir}/jan.csv\nsupport: 50\n`,
    );
    const result = runCli(['policy', 'suggest', '--config', config]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // The section's support wins over the top level's, wherever they stand in the file.
    expect(result.stdout).toMatch(/^# Policy suggested by redtape from .*jan\.csv \(1 cases\)\.\n# Each rule holds in at least 90\.0% /);
    const typo = files.write('suggest-typo.yaml', 'case: id\npolicy:\n  suggest:\n    suport: 90\n');
    const refused = runCli(['policy', 'suggest', '--config', typo, `${files.dir}/jan.csv`]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/suggest-typo\.yaml:4: key policy\.suggest\.suport: redtape policy suggest has no option --suport/);
  });

  it('gives convert its reader options and puts the config inputs before the output file', () => {
    const config = files.write('convert.yaml', `case: id\nactivity: step\ntimestamp: when\ntimestamp-format: dd.MM.yyyy HH:mm\ntimezone: Asia/Tehran\ninputs: ${files.dir}/jan.csv\n`);
    const output = join(files.dir, 'jan.xes');
    const result = runCli(['convert', '--config', config, output]);
    expect(result.stderr).toMatch(/^redtape: wrote 2 events in 1 cases to /);
    expect(result.code).toBe(0);
    // 08:00 in Tehran (UTC+03:30 in January) is 04:30 UTC.
    expect(readFileSync(output, 'utf8')).toContain('2024-01-16T04:30:00.000Z');
    const both = runCli(['convert', '--config', config, `${files.dir}/feb.csv`, join(files.dir, 'feb.xes')]);
    expect(both.stderr).toMatch(/wrote 1 events in 1 cases/);
  });
});
