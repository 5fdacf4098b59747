import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCH_STAGES } from '../../scripts/bench-stages.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

// A smoke run of `npm run bench` on a small log, so the harness and every registered stage keep working.
// The speed figures themselves are not asserted: speed is a benchmark, not a test.
describe('bench harness', () => {
  it('generates, ingests and runs every stage on a small log, reporting every event the generator wrote', () => {
    const run = spawnSync(process.execPath, ['--expose-gc', join(REPO_ROOT, 'dist/scripts/bench.js'), '--cases', '150', '--regenerate', '--json'], { encoding: 'utf8', cwd: REPO_ROOT });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as {
      events: number;
      cases: number;
      stages: { name: string; seconds: number }[];
      notes: string[];
      ingest: { eventsPerS: number; peakRss: number };
      endToEnd: { name: string; seconds: number; outputBytes: number }[];
      host: { pageMicros: number; hashNsPerByte: number } | null;
    };
    const truth = JSON.parse(readFileSync(join(REPO_ROOT, 'bench-data', 'permits-en-150-seed2500.truth.json'), 'utf8')) as { events: number; cases: number };
    expect(result.events).toBe(truth.events);
    expect(result.cases).toBe(truth.cases);
    expect(result.stages.map((stage) => stage.name)).toEqual(BENCH_STAGES.map((stage) => stage.name));
    expect(result.ingest.eventsPerS).toBeGreaterThan(0);
    expect(result.ingest.peakRss).toBeGreaterThan(0);
    // The host yardstick ran and read plausible figures (a page costs more than nothing and less than a millisecond).
    expect(result.host?.pageMicros).toBeGreaterThan(0);
    expect(result.host?.pageMicros).toBeLessThan(1000);
    expect(result.host?.hashNsPerByte).toBeGreaterThan(0);
    expect(result.endToEnd.map((run) => run.name)).toEqual(['redtape inspect --format json', 'redtape audit --format json', 'redtape report (HTML)']);
    for (const run of result.endToEnd) expect(run.outputBytes).toBeGreaterThan(100);
    expect(result.notes).toContainEqual(expect.stringMatching(/^html report: \d+\.\d\d MB \(target < 5 MB: met\)$/));
  });
});
