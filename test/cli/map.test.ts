import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const files = tempFolder();
const LOG = [
  'case,activity,timestamp',
  '1,Submit,2024-01-01T08:00:00Z',
  '1,Check,2024-01-01T10:00:00Z',
  '1,Approve,2024-01-02T10:00:00Z',
  '2,Submit,2024-01-01T09:00:00Z',
  '2,Check,2024-01-01T09:30:00Z',
  '2,Approve,2024-01-01T11:30:00Z',
  '3,Submit,2024-01-03T09:00:00Z',
  '3,Reject,2024-01-03T09:10:00Z',
  '',
].join('\n');

describe('redtape map', () => {
  const log = files.write('log.csv', LOG);

  it('prints the DFG as contracted JSON', () => {
    const result = runCli(['map', log, '--format', 'json', '-q']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.algorithm).toBe('dfg');
    expect(json.activities).toContainEqual({ name: 'Submit', count: 3, cases: 3 });
    expect(json.edges).toContainEqual({ from: 'Check', to: 'Approve', count: 2, cases: 2, waiting: { mean: 46800, median: 46800, p90: 78480, max: 86400, total: 93600 } });
    expect(json.start).toEqual([{ name: 'Submit', count: 3 }]);
    expect(json.end).toEqual([{ name: 'Approve', count: 2 }, { name: 'Reject', count: 1 }]);
    expect(json.hidden.activities).toBe(0);
  });

  it('runs the heuristics miner with thresholds from flags', () => {
    const json = JSON.parse(runCli(['map', log, '--algorithm', 'heuristics', '--dependency', '0.6', '-f', 'json', '-q']).stdout);
    expect(json.algorithm).toBe('heuristics');
    expect(json.edges.map((edge: { from: string; to: string; dependency: number }) => [edge.from, edge.to, edge.dependency])).toEqual([
      ['Check', 'Approve', 2 / 3],
      ['Submit', 'Check', 2 / 3],
    ]);
  });

  it('simplifies with --activities and says what was hidden', () => {
    const json = JSON.parse(runCli(['map', log, '--activities', '75', '-f', 'json', '-q']).stdout);
    expect(json.hidden).toMatchObject({ activities: 1, activityNames: ['Reject'], edges: 1, events: 1 });
  });

  it('infers the format from -o and writes SVG, DOT and Mermaid files', () => {
    for (const [name, pattern] of [
      ['map.svg', /^<\?xml[\s\S]*<svg[\s\S]*>Submit<\/text>/],
      ['map.dot', /^digraph process_map \{/],
      ['map.mermaid', /^flowchart TD/],
      ['map.mmd', /^flowchart TD/],
      ['map.gv', /^digraph process_map \{/],
      ['map.json', /^\{\n {2}"algorithm": "dfg"/],
    ] as const) {
      const target = join(files.dir, name);
      expect(runCli(['map', log, '-o', target, '--metric', 'median', '-q']).code).toBe(0);
      expect(readFileSync(target, 'utf8')).toMatch(pattern);
    }
  });

  it('prints a text summary by default', () => {
    const result = runCli(['map', log, '--metric', 'cases', '-q']);
    expect(result.stdout).toContain('Process map (directly-follows graph)');
    expect(result.stdout).toContain('3 cases, 8 events; 4 activities and 3 edges shown; edges by cases');
  });

  it('refuses an SVG layout of a map too large for Graphviz, and says how to simplify', () => {
    const rows = ['case,activity,timestamp'];
    for (let c = 0; c < 160; c++) rows.push(`${c},Start,2024-01-01T00:00:00Z`, `${c},Step ${c},2024-01-01T01:00:00Z`);
    const result = runCli(['map', files.write('wide.csv', `${rows.join('\n')}\n`), '-f', 'svg', '-q']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/161 activities .* simplify with --activities PCT and --paths PCT/);
  });

  it('exits 2 with one line on bad options', () => {
    for (const args of [['--algorithm', 'alpha'], ['--metric', 'speed'], ['--paths', '120'], ['-f', 'pdf'], ['--dependency', 'x']]) {
      const result = runCli(['map', log, ...args, '-q']);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('redtape variants', () => {
  const log = files.write('log2.csv', LOG);

  it('prints contracted JSON sorted by count', () => {
    const json = JSON.parse(runCli(['variants', log, '--format', 'json', '-q']).stdout);
    expect(json.variants).toEqual([
      { activities: ['Submit', 'Check', 'Approve'], count: 2, share: 2 / 3, cumulativeShare: 2 / 3, medianThroughput: (93600 + 9000) / 2 },
      { activities: ['Submit', 'Reject'], count: 1, share: 1 / 3, cumulativeShare: 1, medianThroughput: 600 },
    ]);
  });

  it('cuts the list with --top and --coverage, and writes CSV and Markdown by extension', () => {
    expect(JSON.parse(runCli(['variants', log, '--top', '1', '-f', 'json', '-q']).stdout).variants).toHaveLength(1);
    expect(JSON.parse(runCli(['variants', log, '--coverage', '50', '-f', 'json', '-q']).stdout).variants).toHaveLength(1);
    const csv = join(files.dir, 'variants.csv');
    const md = join(files.dir, 'variants.md');
    runCli(['variants', log, '-o', csv, '-q']);
    runCli(['variants', log, '-o', md, '-q']);
    expect(readFileSync(csv, 'utf8').split('\n')[1]).toBe(`1,2,${2 / 3},${2 / 3},51300,3,Submit → Check → Approve`);
    expect(readFileSync(md, 'utf8')).toContain('| 2 | 1 | 33.3% | 100.0% | 10m | Submit → Reject |');
  });
});

describe('redtape map --algorithm inductive', () => {
  const modelFiles = tempFolder();
  const PAIR_LOG = 'case,activity,timestamp\n1,a,2024-01-01T08:00:00Z\n1,b,2024-01-01T09:00:00Z\n2,b,2024-01-01T08:00:00Z\n2,a,2024-01-01T09:00:00Z\n3,a,2024-01-02T08:00:00Z\n3,b,2024-01-02T09:00:00Z\n';
  it('prints the process tree as text and JSON', () => {
    const input = modelFiles.write('inductive.csv', PAIR_LOG);
    const text = runCli(['map', input, '--algorithm', 'inductive', '-q']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/\+\( '(a|b)', '(a|b)' \)/);
    const json = runCli(['map', input, '-a', 'inductive', '--noise', '0.2', '-f', 'json', '-q']);
    expect(json.code).toBe(0);
    const document = JSON.parse(json.stdout);
    expect(document).toMatchObject({ algorithm: 'inductive', variant: 'IMf', noise: 0.2 });
    expect(document.petriNet.transitions.filter((t: { label: string | null }) => t.label !== null)).toHaveLength(2);
  });
  it('writes PNML and BPMN by extension, and refuses formats it does not have', () => {
    const input = modelFiles.write('inductive2.csv', PAIR_LOG);
    expect(runCli(['map', input, '-a', 'inductive', '-o', join(modelFiles.dir, 'model.pnml'), '-q']).code).toBe(0);
    expect(readFileSync(join(modelFiles.dir, 'model.pnml'), 'utf8')).toContain('<pnml>');
    expect(runCli(['map', input, '-a', 'inductive', '-o', join(modelFiles.dir, 'model.bpmn'), '-q']).code).toBe(0);
    expect(readFileSync(join(modelFiles.dir, 'model.bpmn'), 'utf8')).toContain('<bpmndi:BPMNDiagram');
    const bad = runCli(['map', input, '-a', 'inductive', '-f', 'mermaid', '-q']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unsupported format/);
    expect(runCli(['map', input, '-a', 'inductive', '--noise', '1.5', '-q']).code).toBe(2);
  });
});
