// The worker thread of a split CSV read (see read-csv-split.ts): reads one byte range of the file into its own
// builder, starting from the header and timestamp formats the main thread chose, and posts the builder's parts back;
// or, for a deferred join, posts only a summary and waits to place its events in the log's shared columns.
import { parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../../errors.js';
import { builderParts, partSummary, transferables } from '../../log/builder-parts.js';
import { LogBuilder } from '../../log/log-builder.js';
import { fileRange } from '../open-input.js';
import { CsvRows } from './csv-rows.js';
import { CsvScanner } from './csv-scanner.js';
import { invalidUtf8 } from './invalid-utf8.js';
async function run(task, post, nextPlan) {
    try {
        const builder = new LogBuilder();
        const sink = { rowsRead: 0, rejected: [], warnings: [] };
        const rows = new CsvRows(task.file, builder, task.options, sink, task.preset);
        const scanner = new CsvScanner(task.delimiter.charCodeAt(0), (record) => rows.onRecord(record), invalidUtf8(task.file));
        for await (const chunk of fileRange(task.file, task.start, task.end, (bytes) => post({ kind: 'progress', bytes })))
            scanner.push(chunk);
        scanner.end();
        if (task.defer) {
            const summary = partSummary(builder);
            post({ kind: 'summary', summary, rowsRead: sink.rowsRead, rejected: sink.rejected, warnings: sink.warnings }, transferables(summary));
            const placed = builder.scatterPart(await nextPlan());
            post({ kind: 'placed', placed }, [placed.unsorted.buffer]);
            return;
        }
        const parts = builderParts(builder);
        post({ kind: 'done', parts, rowsRead: sink.rowsRead, rejected: sink.rejected, warnings: sink.warnings }, transferables(parts));
    }
    catch (error) {
        if (error instanceof UserError)
            post({ kind: 'user-error', message: error.message, line: error.location.line, column: error.location.column });
        else
            post({ kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
}
if (parentPort) {
    const port = parentPort;
    const plan = new Promise((resolve) => port.once('message', (message) => resolve(message.plan)));
    await run(workerData, (message, transfer) => port.postMessage(message, transfer ?? []), () => plan);
}
