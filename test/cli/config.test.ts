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
});
