// End-to-end figures for `npm run bench`: the commands users run, timed as users see them (a fresh `node` process:
// start-up, ingest, analysis, rendering, writing the file), with their peak memory when /usr/bin/time is there.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/redtape.js', import.meta.url));
const TIME = '/usr/bin/time';

/** One command run end to end. */
export interface CliMeasure {
  readonly name: string;
  readonly seconds: number;
  /** Peak resident memory of the process in bytes, when /usr/bin/time could tell. */
  readonly peakRss: number | undefined;
  /** Size of the file written, in bytes. */
  readonly outputBytes: number;
  /** The target for this command, in seconds, when there is one. */
  readonly targetSeconds: number | undefined;
}

/** The commands timed: name, arguments after the input, output file name, target seconds (issues 5 and 6). */
const COMMANDS: readonly { name: string; args: readonly string[]; output: string; target?: number }[] = [
  { name: 'redtape inspect --format json', args: ['inspect', '--format', 'json', '-o'], output: 'inspect.json' },
  { name: 'redtape audit --format json', args: ['audit', '--format', 'json', '-o'], output: 'audit.json', target: 3 },
  { name: 'redtape report (HTML)', args: ['report', '-o'], output: 'report.html', target: 5 },
];

/** Runs each command on `file` in a fresh process and measures it. */
export function benchCli(file: string): CliMeasure[] {
  const folder = mkdtempSync(join(tmpdir(), 'redtape-bench-'));
  try {
    return COMMANDS.map((command) => {
      const output = join(folder, command.output);
      const [verb, ...rest] = command.args;
      const args = [BIN, verb ?? '', file, ...rest, output, '--quiet'];
      const timed = existsSync(TIME);
      const started = performance.now();
      const run = timed ? spawnSync(TIME, ['-f', '%M', process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' });
      const seconds = (performance.now() - started) / 1000;
      // Exit 1 means findings at or above --fail-on (not set here), so only 0 is success.
      if (run.status !== 0) throw new Error(`${command.name} failed (${run.status}): ${run.stderr.trim().split('\n').slice(-3).join(' ')}`);
      const kilobytes = timed ? Number(/(\d+)\s*$/.exec(run.stderr.trim())?.[1]) : NaN;
      return {
        name: command.name,
        seconds,
        peakRss: Number.isFinite(kilobytes) ? kilobytes * 1024 : undefined,
        outputBytes: statSync(output).size,
        targetSeconds: command.target,
      };
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
