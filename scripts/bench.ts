// `npm run bench`: speed and memory on a generated 2.5M-event permit log. Generates the log once (cached in
// bench-data/, git-ignored), then measures reading the file alone, ingest through readLog, and every stage of
// bench-stages.ts, and prints a table with the targets of issue 2.
//
// Options: --cases N (default 230000, about 2.5M events), --language fa (a Persian log: Jalali dates, mixed digits and
// spellings), --regenerate, --json (machine-readable result on stdout), --no-cli (skip the end-to-end command runs),
// --runs N (runs of each end-to-end command, default 3: the median is the figure, with the fastest and slowest).

import { spawnSync } from 'node:child_process';
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readLog } from '../src/io/read-log.js';
import type { EventLog } from '../src/log/event-log.js';
import { benchCli, type CliMeasure } from './bench-cli.js';
import { BENCH_STAGES } from './bench-stages.js';
import { hostYardstick } from './host-yardstick.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GENERATOR = fileURLToPath(new URL('./generate-approval-log.js', import.meta.url));
const MB = 1_000_000;
const SEED = 2500;
/** Ingest target (issue 2) and memory budget: 64 bytes per event plus 100 MB. */
const TARGET_EVENTS_PER_S = 1_200_000;
const BUDGET_BYTES_PER_EVENT = 64;
const BUDGET_BASE = 100 * MB;

interface Measure {
  readonly name: string;
  readonly seconds: number;
  readonly peakRss: number;
  readonly rssBefore: number;
}

/** Peak resident memory since the last reset: VmHWM from /proc (reset by writing 5 to clear_refs), else sampled. */
class PeakMemory {
  #sampled = 0;
  #timer: NodeJS.Timeout | undefined;
  readonly #proc = existsSync('/proc/self/status');

  start(): void {
    if (this.#proc) {
      try {
        writeFileSync('/proc/self/clear_refs', '5');
      } catch {
        // Older kernels or containers may refuse; the sampled figure remains.
      }
    }
    this.#sampled = process.memoryUsage.rss();
    this.#timer = setInterval(() => (this.#sampled = Math.max(this.#sampled, process.memoryUsage.rss())), 10);
  }

  stop(): number {
    clearInterval(this.#timer);
    this.#sampled = Math.max(this.#sampled, process.memoryUsage.rss());
    const hwm = this.#proc ? /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] : undefined;
    return Math.max(this.#sampled, hwm ? Number(hwm) * 1024 : 0);
  }
}

async function measure(name: string, work: () => unknown): Promise<{ measure: Measure; value: unknown }> {
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage.rss();
  const peak = new PeakMemory();
  peak.start();
  const started = performance.now();
  const value = await work();
  const seconds = (performance.now() - started) / 1000;
  return { measure: { name, seconds, peakRss: peak.stop(), rssBefore }, value };
}

function benchFile(cases: number, language: 'en' | 'fa', regenerate: boolean): string {
  const folder = join(ROOT, 'bench-data');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `permits-${language}-${cases}-seed${SEED}.csv`);
  if (existsSync(file) && !regenerate) return file;
  process.stderr.write(`generating ${file} (once; cached in bench-data/)…\n`);
  const temporary = `${file}.tmp`;
  const persian = language === 'fa' ? ['--dates', 'jalali', '--digits', 'mixed', '--mixed-spelling'] : [];
  const args = [GENERATOR, '--seed', String(SEED), '--cases', String(cases), '--language', language, ...persian, '--out', temporary, '--truth', file.replace(/\.csv$/, '.truth.json')];
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`generator failed with status ${run.status}`);
  renameSync(temporary, file);
  return file;
}

/** Reads the whole file through one reused 1 MiB buffer: the floor any reader pays, without allocating. */
function readRaw(file: string): number {
  const buffer = Buffer.allocUnsafe(1 << 20);
  const fd = openSync(file, 'r');
  let bytes = 0;
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) bytes += n;
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** Reads the file as a stream of 1 MiB chunks, as readLog's input does (allocates a buffer per chunk). */
async function readStream(file: string): Promise<number> {
  let bytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) bytes += (chunk as Buffer).length;
  return bytes;
}

const fmt = (value: number, digits = 0): string => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '230000' },
      language: { type: 'string', default: 'en' },
      regenerate: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      cli: { type: 'boolean', default: true },
      runs: { type: 'string', default: '3' },
    },
    allowNegative: true,
  });
  const file = benchFile(Number(values.cases), values.language === 'fa' ? 'fa' : 'en', values.regenerate);
  const startLoad = loadavg()[0] ?? 0;
  const host = hostYardstick();
  const size = statSync(file).size;
  readRaw(file); // warm the page cache, so "reading the file alone" and ingest see the same disk state
  const raw = (await measure('read file alone (fs.readSync)', () => readRaw(file))).measure;
  const ingest = await measure('ingest (readLog)', () => readLog([file]));
  const { log, diagnostics } = ingest.value as Awaited<ReturnType<typeof readLog>>;
  // Measured after ingest so its chunk buffers do not inflate the memory ingest starts from.
  const stream = (await measure('read file alone (fs stream)', () => readStream(file))).measure;
  const events = log.activity.length;
  const stages: Measure[] = [];
  const notes: string[] = [];
  for (const stage of BENCH_STAGES) {
    const { measure: measured, value } = await measure(stage.name, () => stage.run(log as EventLog));
    stages.push(measured);
    if (stage.note) notes.push(stage.note(value));
  }
  // Run last, in fresh processes: `redtape audit` and `redtape report` as users run them (--no-cli skips them).
  const cli: CliMeasure[] = values.cli ? benchCli(file, Math.max(1, Math.floor(Number(values.runs)) || 1)) : [];
  const budget = BUDGET_BYTES_PER_EVENT * events + BUDGET_BASE;
  const result = {
    file: file.slice(ROOT.length),
    bytes: size,
    events,
    cases: log.caseIds.length,
    rejected: diagnostics.rejected.length,
    node: process.version,
    /** 1-minute load average when the bench started: on a shared machine, figures scale with it. */
    loadAverage: startLoad,
    /** The host's state when the bench started (see host-yardstick.ts): figures scale with both. */
    host,
    read: { seconds: raw.seconds, mbPerS: size / MB / raw.seconds },
    readStream: { seconds: stream.seconds, mbPerS: size / MB / stream.seconds },
    ingest: {
      seconds: ingest.measure.seconds,
      eventsPerS: events / ingest.measure.seconds,
      mbPerS: size / MB / ingest.measure.seconds,
      peakRss: ingest.measure.peakRss,
      bytesPerEvent: (ingest.measure.peakRss - ingest.measure.rssBefore) / events,
      ratioToRead: ingest.measure.seconds / raw.seconds,
      ratioToStream: ingest.measure.seconds / stream.seconds,
    },
    stages: stages.map((stage) => ({ name: stage.name, seconds: stage.seconds, eventsPerS: events / stage.seconds, peakRss: stage.peakRss })),
    notes,
    endToEnd: cli,
    targets: {
      ingestEventsPerS: { target: TARGET_EVENTS_PER_S, met: events / ingest.measure.seconds >= TARGET_EVENTS_PER_S },
      peakRss: { budget, met: ingest.measure.peakRss < budget },
    },
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const rows: string[][] = [
    ['stage', 'time', 'events/s', 'MB/s', 'peak RSS', 'vs readSync', 'vs stream'],
    [raw.name, `${fmt(raw.seconds, 2)} s`, '', fmt(result.read.mbPerS), `${fmt(raw.peakRss / MB)} MB`, '1.0×', ''],
    [stream.name, `${fmt(stream.seconds, 2)} s`, '', fmt(result.readStream.mbPerS), `${fmt(stream.peakRss / MB)} MB`, `${fmt(stream.seconds / raw.seconds, 1)}×`, '1.0×'],
    [ingest.measure.name, `${fmt(result.ingest.seconds, 2)} s`, fmt(result.ingest.eventsPerS), fmt(result.ingest.mbPerS), `${fmt(result.ingest.peakRss / MB)} MB`,
      `${fmt(result.ingest.ratioToRead, 1)}×`, `${fmt(result.ingest.ratioToStream, 1)}×`],
    ...stages.map((stage) => [stage.name, `${fmt(stage.seconds, 2)} s`, fmt(events / stage.seconds), '', `${fmt(stage.peakRss / MB)} MB`, '', '']),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  const line = (row: string[]): string => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const out = [
    `${result.file}: ${fmt(size / MB, 1)} MB, ${fmt(events)} events, ${fmt(result.cases)} cases, ${result.rejected} rejected rows (Node ${process.version}, load average ${fmt(startLoad, 1)})`,
    host
      ? `host now: a memory page touched for the first time costs ${fmt(host.pageMicros, 1)} µs, a hash loop runs at ${fmt(host.hashNsPerByte, 2)} ns/byte`
      : 'host now: the yardstick did not run',
    '',
    line(rows[0] ?? []),
    ...rows.slice(1).map(line),
    '',
    `ingest memory: ${fmt(result.ingest.bytesPerEvent, 1)} bytes/event above the ${fmt(ingest.measure.rssBefore / MB)} MB before ingest`,
    `target ingest >= ${fmt(TARGET_EVENTS_PER_S)} events/s: ${result.targets.ingestEventsPerS.met ? 'met' : 'NOT met'}`,
    `target peak RSS < 64 bytes/event + 100 MB = ${fmt(budget / MB)} MB: ${result.targets.peakRss.met ? 'met' : 'NOT met'}`,
    ...notes,
    ...cliLines(cli),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

/** The end-to-end table: each command's wall time, peak memory, output size and target. */
function cliLines(cli: readonly CliMeasure[]): string[] {
  if (cli.length === 0) return [];
  const rows = [
    ['end to end (fresh process)', `time (median of ${cli[0]?.runs.length ?? 0})`, 'fastest–slowest', 'peak RSS', 'output', 'target'],
    ...cli.map((run) => [
      run.name,
      `${fmt(run.seconds, 2)} s`,
      `${fmt(Math.min(...run.runs), 2)}–${fmt(Math.max(...run.runs), 2)} s`,
      run.peakRss === undefined ? 'n/a' : `${fmt(run.peakRss / MB)} MB`,
      `${fmt(run.outputBytes / MB, 2)} MB`,
      run.targetSeconds === undefined ? '' : `< ${run.targetSeconds} s: ${run.seconds < run.targetSeconds ? 'met' : 'NOT met'}`,
    ]),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  return ['', ...rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '))];
}

await main();
