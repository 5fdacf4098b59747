// The worker thread of a split CSV read (see read-csv-split.ts): reads one byte range of the file into its own
// builder, starting from the header and timestamp formats the main thread chose (its first message), and posts the
// builder's parts back; or, for a deferred join, posts only a summary and waits to place its events in the log's
// shared columns.

import { parentPort } from 'node:worker_threads';
import { UserError } from '../../errors.js';
import { builderParts, partSummary, transferables, type BuilderParts, type JoinPlan, type LabelMaps, type PartScatter, type PartSummary } from '../../log/builder-parts.js';
import { LogBuilder } from '../../log/log-builder.js';
import { fileRange } from '../open-input.js';
import type { ReadOptions, ReadSink, RejectedRow } from '../read-options.js';
import { CsvRows, type CsvPreset } from './csv-rows.js';
import { CsvScanner } from './csv-scanner.js';
import { invalidUtf8 } from './invalid-utf8.js';

/** What the main thread asks of the worker. */
export interface CsvWorkerTask {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly delimiter: string;
  readonly preset: CsvPreset;
  readonly options: Omit<ReadOptions, 'onProgress'>;
  /** Keep the events here and place them when the log is built (the last input), instead of posting them. */
  readonly defer: boolean;
}

/**
 * What the main thread sends: the task, once it knows the header and the timestamp formats (the worker is started
 * before, so that its start-up overlaps the main thread's first rows); for a deferred worker, when the log is built,
 * the plan, then the label maps.
 */
export type CsvWorkerPlan =
  | { readonly kind: 'task'; readonly task: CsvWorkerTask }
  | { readonly kind: 'scatter'; readonly plan: JoinPlan }
  | { readonly kind: 'labels'; readonly maps: LabelMaps };

/** What the worker posts: progress (bytes of its range read), then its result or the error that stopped it. */
export type CsvWorkerMessage =
  | { readonly kind: 'progress'; readonly bytes: number }
  | { readonly kind: 'done'; readonly parts: BuilderParts; readonly rowsRead: number; readonly rejected: readonly RejectedRow[]; readonly warnings: readonly string[] }
  | { readonly kind: 'summary'; readonly summary: PartSummary; readonly rowsRead: number; readonly rejected: readonly RejectedRow[]; readonly warnings: readonly string[] }
  | { readonly kind: 'placed'; readonly placed: PartScatter }
  | { readonly kind: 'user-error'; readonly message: string; readonly line?: number; readonly column?: number }
  | { readonly kind: 'failed'; readonly message: string };

async function run(task: CsvWorkerTask, post: (message: CsvWorkerMessage, transfer?: ArrayBuffer[]) => void, next: () => Promise<CsvWorkerPlan>): Promise<void> {
  try {
    const builder = new LogBuilder();
    const sink: ReadSink = { rowsRead: 0, rejected: [], warnings: [] };
    const rows = new CsvRows(task.file, builder, task.options, sink, task.preset);
    const scanner = new CsvScanner(task.delimiter.charCodeAt(0), (record) => rows.onRecord(record), invalidUtf8(task.file));
    for await (const chunk of fileRange(task.file, task.start, task.end, (bytes) => post({ kind: 'progress', bytes }))) scanner.push(chunk);
    scanner.end();
    if (task.defer) {
      const summary = partSummary(builder);
      post({ kind: 'summary', summary, rowsRead: sink.rowsRead, rejected: sink.rejected, warnings: sink.warnings }, transferables(summary));
      const plan = await next();
      if (plan.kind !== 'scatter') throw new Error(`expected the plan, got ${plan.kind}`);
      builder.placeTimes(plan.plan);
      const labels = await next();
      if (labels.kind !== 'labels') throw new Error(`expected the label maps, got ${labels.kind}`);
      const placed = builder.placeLabels(labels.maps);
      post({ kind: 'placed', placed }, [placed.unsorted.buffer as ArrayBuffer]);
      return;
    }
    const parts = builderParts(builder);
    post({ kind: 'done', parts, rowsRead: sink.rowsRead, rejected: sink.rejected, warnings: sink.warnings }, transferables(parts));
  } catch (error) {
    if (error instanceof UserError) post({ kind: 'user-error', message: error.message, line: error.location.line, column: error.location.column });
    else post({ kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

if (parentPort) {
  const port = parentPort;
  // Messages in arrival order, whether they come before or while they are awaited.
  const arrived: CsvWorkerPlan[] = [];
  let waiting: ((message: CsvWorkerPlan) => void) | undefined;
  port.on('message', (message: CsvWorkerPlan) => {
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve(message);
    } else arrived.push(message);
  });
  const next = (): Promise<CsvWorkerPlan> => {
    const message = arrived.shift();
    return message ? Promise.resolve(message) : new Promise((resolve) => (waiting = resolve));
  };
  const post = (message: CsvWorkerMessage, transfer?: ArrayBuffer[]): void => port.postMessage(message, transfer ?? []);
  const first = await next();
  if (first.kind === 'task') await run(first.task, post, next);
  else post({ kind: 'failed', message: `expected the task, got ${first.kind}` });
}
