// Reads a large plain CSV file on two threads: the main thread reads the first half while a worker reads the second
// into its own builder, and the worker's events are then appended (builder-parts.ts), so the log is the one a single
// pass makes. For the last input the worker keeps its events and, when the log is built, places them in the log's
// shared columns while the main thread places its own (a deferred join). The cut is the first line break after about
// the middle; if that break turns out to lie inside a quoted field (the main thread's scanner is mid-record there),
// the worker's result is dropped and the main thread reads on to the end, so the cut is never wrong, only sometimes
// wasted.

import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError } from '../../errors.js';
import { absorbParts, deferPart, type JoinPlan, type PartScatter, type LabelMaps, type Placing } from '../../log/builder-parts.js';
import type { LogBuilder } from '../../log/log-builder.js';
import { fileRange, type Input } from '../open-input.js';
import type { InputInfo, ReadOptions, ReadSink } from '../read-options.js';
import type { CsvPreset } from './csv-rows.js';
import { CsvRows } from './csv-rows.js';
import type { CsvScanner } from './csv-scanner.js';
import type { CsvWorkerMessage, CsvWorkerPlan, CsvWorkerTask } from './csv-worker.js';
import { invalidUtf8 } from './invalid-utf8.js';

const WORKER = new URL('./csv-worker.js', import.meta.url);
/** Below this size a second thread costs more than it saves (starting it takes about 50 ms). */
const AUTO_SPLIT_BYTES = 32 << 20;
const FORCED_SPLIT_BYTES = 1 << 20;
/**
 * The worker's young generation, in MB: its objects (labels, case ids) are few and long-lived, and V8's default
 * (16 MB semispaces) only adds resident memory; measured on the 2.5M-event benchmark log, 8 MB cut the peak by 15 MB
 * and 4 MB by 8 MB more, at no cost in time (the peak is when both threads hold their half).
 */
const WORKER_YOUNG_GENERATION_MB = 4;
/**
 * The share of the file the main thread reads: a little over half, because the worker starts later (a thread, an
 * isolate and the reader's modules: 50–100 ms). On the 2.5M-event benchmark log the worker finished 100 ms after the
 * main thread on average at one half; 51% balances them within the noise.
 */
const MAIN_SHARE = 0.51;
/** How far past the middle a line break is looked for. */
const WINDOW = 1 << 20;

/**
 * Where to cut `input` for a split read, or undefined to read it on one thread: the file must be plain (not gzip),
 * UTF-8 (no `--encoding`, no UTF-16 byte-order mark), large enough, and the worker script present (it is not when
 * the sources run untranspiled, as under a test runner).
 */
export function splitPoint(input: Input, options: ReadOptions): number | undefined {
  const size = input.size;
  const threads = options.threads ?? (availableParallelism() >= 2 ? 2 : 1);
  if (!input.plain || size === undefined || threads < 2) return undefined;
  if (size < (options.threads === undefined ? AUTO_SPLIT_BYTES : FORCED_SPLIT_BYTES)) return undefined;
  if (options.encoding !== undefined && !/^utf-?8$/i.test(options.encoding.trim())) return undefined;
  if (!existsSync(fileURLToPath(WORKER))) return undefined;
  const fd = openSync(input.name, 'r');
  try {
    const head = Buffer.alloc(2);
    readSync(fd, head, 0, 2, 0);
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return undefined;
    const middle = Math.floor(size * MAIN_SHARE);
    const window = Buffer.alloc(Math.min(WINDOW, size - middle));
    const read = readSync(fd, window, 0, window.length, middle);
    const lineBreak = window.subarray(0, read).indexOf(0x0a);
    return lineBreak < 0 || middle + lineBreak + 1 >= size ? undefined : middle + lineBreak + 1;
  } finally {
    closeSync(fd);
  }
}

type WorkerResult = Extract<CsvWorkerMessage, { kind: 'done' | 'summary' | 'user-error' }>;

/**
 * A started worker: a way to give it its task, its result (or error), for a deferred join a way to have it place its
 * events, and a way to stop it.
 */
interface WorkerRun {
  begin(task: CsvWorkerTask): void;
  readonly result: Promise<WorkerResult>;
  place(plan: JoinPlan): Placing;
  stop(): Promise<number>;
}

/** Starts the worker thread; it loads its modules and waits for its task (see {@link WorkerRun.begin}). */
function startWorker(onBytes: (bytes: number) => void): WorkerRun {
  const worker = new Worker(WORKER, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
  let placing: { resolve: (placed: PartScatter) => void; reject: (error: Error) => void } | undefined;
  const result = new Promise<WorkerResult>((resolve, reject) => {
    const fail = (error: Error): void => {
      reject(error);
      placing?.reject(error);
    };
    worker.on('message', (message: CsvWorkerMessage) => {
      if (message.kind === 'progress') onBytes(message.bytes);
      else if (message.kind === 'failed') fail(new Error(`CSV reader thread failed: ${message.message}`));
      else if (message.kind === 'placed') {
        placing?.resolve(message.placed);
        void worker.terminate();
      } else {
        resolve(message);
        // Its isolate (heap, dictionaries, case index) is freed at once, before the main thread absorbs its events.
        if (message.kind !== 'summary') void worker.terminate();
      }
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`CSV reader thread exited with code ${code} before it finished`)));
  });
  result.catch(() => undefined); // handled by whoever awaits it; a stopped worker's rejection is expected
  const place = (plan: JoinPlan): Placing => {
    const placed = new Promise<PartScatter>((resolve, reject) => (placing = { resolve, reject }));
    // The maps move (they are not needed here again); the columns are shared, so only their handles travel.
    worker.postMessage({ kind: 'scatter', plan } satisfies CsvWorkerPlan, [plan.caseMap, plan.first, plan.before].map((array) => array.buffer as ArrayBuffer));
    const labels = (maps: LabelMaps): void => {
      const moved = [maps.activity, maps.resource, maps.role, maps.decision].map((array) => array.buffer as ArrayBuffer);
      worker.postMessage({ kind: 'labels', maps } satisfies CsvWorkerPlan, moved);
    };
    return { labels, placed };
  };
  const begin = (task: CsvWorkerTask): void => worker.postMessage({ kind: 'task', task } satisfies CsvWorkerPlan);
  return { begin, result, place, stop: () => worker.terminate() };
}

/**
 * Reads `input` split at byte `cut` (from {@link splitPoint}). Same result and diagnostics as a one-thread read. With
 * `defer` (the last input), the worker's events stay on its thread until the log is built (see builder-parts.ts).
 */
export async function readCsvSplit(input: Input, builder: LogBuilder, options: ReadOptions, sink: ReadSink, cut: number, defer: boolean): Promise<InputInfo> {
  const size = input.size as number;
  const rows = new CsvRows(input.name, builder, options, sink);
  let mainBytes = 0;
  let workerBytes = 0;
  const progress = (): void => input.onBytes?.(mainBytes + workerBytes);
  // Started now, given its task once the header and timestamp formats are known: a thread, an isolate and the
  // reader's modules take 60–200 ms, which would otherwise delay the worker's half by as much.
  let worker: WorkerRun | undefined = startWorker((bytes) => {
    workerBytes = bytes;
    progress();
  });
  let begun = false;
  let scanner: CsvScanner | undefined;
  const { onProgress: _, ...plainOptions } = options;
  try {
    rows.onReady = (preset: CsvPreset) => {
      worker?.begin({ file: input.name, start: cut, end: size, delimiter: rows.delimiter, preset, options: plainOptions, defer });
      begun = true;
    };
    const feed = async (start: number, end: number): Promise<void> => {
      for await (const chunk of fileRange(input.name, start, end, (bytes) => ((mainBytes = start + bytes), progress()))) {
        scanner ??= rows.scannerFor(chunk, invalidUtf8(input.name));
        scanner.push(chunk);
      }
    };
    await feed(0, cut);
    if (scanner?.hasPartialRecord) {
      // The cut fell inside a quoted field: the worker started mid-record. Read the rest here instead.
      await worker?.stop();
      worker = undefined;
      await feed(cut, size);
      scanner.end();
      return rows.finish('utf-8');
    }
    const line = scanner?.line ?? 1;
    scanner?.end();
    const info = rows.finish('utf-8');
    if (!begun) return info;
    const outcome = await worker.result;
    const shift = (at: number | undefined): number | undefined => (at === undefined ? undefined : at + line - 1);
    if (outcome.kind === 'user-error') throw new UserError(outcome.message, { file: input.name, line: shift(outcome.line), column: outcome.column });
    if (outcome.kind === 'done') absorbParts(builder, outcome.parts);
    else {
      const run = worker;
      deferPart(builder, { summary: outcome.summary, scatter: (plan) => run.place(plan), release: () => void run.stop() });
      worker = undefined; // it lives on until the log is built
    }
    sink.rowsRead += outcome.rowsRead;
    for (const row of outcome.rejected) sink.rejected.push({ ...row, line: row.line + line - 1 });
    sink.warnings.push(...outcome.warnings);
    return info;
  } finally {
    await worker?.stop();
  }
}
