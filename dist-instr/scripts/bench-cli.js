// End-to-end figures for `npm run bench`: the commands users run, timed as users see them (a fresh `node` process:
// start-up, ingest, analysis, rendering, writing the file), with their peak memory when /usr/bin/time is there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
const BIN = fileURLToPath(new URL('../../bin/redtape.js', import.meta.url));
const TIME = '/usr/bin/time';
/** The commands timed: name, arguments after the input, output file name, target seconds (issues 5 and 6). */
const COMMANDS = [
    { name: 'redtape inspect --format json', args: ['inspect', '--format', 'json', '-o'], output: 'inspect.json' },
    { name: 'redtape audit --format json', args: ['audit', '--format', 'json', '-o'], output: 'audit.json', target: 3 },
    { name: 'redtape report (HTML)', args: ['report', '-o'], output: 'report.html', target: 5 },
];
/** One run of `command` on `file` in a fresh process, writing into `folder`: wall seconds and peak RSS in bytes. */
function runOnce(command, file, folder) {
    const output = join(folder, command.output);
    const [verb, ...rest] = command.args;
    const args = [BIN, verb ?? '', file, ...rest, output, '--quiet'];
    const timed = existsSync(TIME);
    const started = performance.now();
    const run = timed ? spawnSync(TIME, ['-f', '%M', process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' });
    const seconds = (performance.now() - started) / 1000;
    // Exit 1 means findings at or above --fail-on (not set here), so only 0 is success.
    if (run.status !== 0)
        throw new Error(`${command.name} failed (${run.status}): ${run.stderr.trim().split('\n').slice(-3).join(' ')}`);
    const kilobytes = timed ? Number(/(\d+)\s*$/.exec(run.stderr.trim())?.[1]) : NaN;
    return { seconds, peakRss: Number.isFinite(kilobytes) ? kilobytes * 1024 : undefined };
}
/** The middle value of `values` (the mean of the two middle ones for an even count). O(k log k). */
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
/**
 * Runs each command on `file` `runs` times in fresh processes, the commands taking turns (so a slow spell of a shared
 * machine falls on all of them, not on one), and measures them.
 */
export function benchCli(file, runs = 1) {
    const folder = mkdtempSync(join(tmpdir(), 'redtape-bench-'));
    try {
        const measured = COMMANDS.map(() => ({ seconds: [], peakRss: undefined }));
        for (let run = 0; run < Math.max(1, runs); run++) {
            COMMANDS.forEach((command, i) => {
                const once = runOnce(command, file, folder);
                const into = measured[i];
                into.seconds.push(once.seconds);
                if (once.peakRss !== undefined)
                    into.peakRss = Math.max(into.peakRss ?? 0, once.peakRss);
            });
        }
        return COMMANDS.map((command, i) => {
            const { seconds, peakRss } = measured[i];
            return {
                name: command.name,
                seconds: median(seconds),
                runs: seconds,
                peakRss,
                outputBytes: statSync(join(folder, command.output)).size,
                targetSeconds: command.target,
            };
        });
    }
    finally {
        rmSync(folder, { recursive: true, force: true });
    }
}
