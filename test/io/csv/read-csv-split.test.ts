// The two-thread CSV read runs only from the built files (the worker is dist/…/csv-worker.js), so these tests import
// readLog from dist/, which the test set-up builds first.
import { describe, expect, it } from 'vitest';
import { readLog } from '../../../dist/src/io/read-log.js';
import type { ReadResult } from '../../../dist/src/io/read-options.js';
import { UserError } from '../../../dist/src/errors.js';
import { splitPoint } from '../../../dist/src/io/csv/read-csv-split.js';
import { inputFor } from '../../../dist/src/io/open-input.js';
import { runCli } from '../../helpers/run-cli.js';
import { tempFolder } from '../../helpers/temp-files.js';

const files = tempFolder();

/** About 4 MiB of rows: interleaved cases, Persian spelling variants, bad rows spread over both halves. */
function rows(count: number, at: (i: number) => string | undefined = () => undefined): string {
  const lines = ['case,activity,timestamp,user,note'];
  const steps = ['ثبت درخواست', 'تاييد كارشناس', 'تایید کارشناس', 'Approve'];
  for (let i = 0; i < count; i++) {
    const special = at(i);
    if (special !== undefined) {
      lines.push(special);
      continue;
    }
    const late = i % 1009 === 0 ? 4000 * 60 : 0; // earlier than its case's previous event (3001 rows before)
    const time = new Date(Date.UTC(2024, 0, 1) + (i * 60 - late) * 1000).toISOString();
    const note = i % 211 === 0 ? `"a ""quoted"" note\nover two lines ${i}"` : `note ${i % 17}`;
    lines.push(`C${(i * 7919) % 3001},${steps[i % steps.length]},${time},user${i % 97},${note}`);
  }
  return `${lines.join('\n')}\n`;
}

function plain(result: ReadResult): unknown {
  const { log, diagnostics } = result;
  return {
    arrays: [log.caseStart, log.activity, log.time, log.resource, log.role, log.decision, log.order].map((array) => Array.from(array)),
    caseIds: log.caseIds,
    names: [log.activities.names, log.resources.names, log.decisions.names],
    attributes: log.eventAttributes.map((a) => [a.name, a.values.names, Array.from(a.ids)]),
    diagnostics,
    source: { ...log.source, files: [] },
  };
}

async function both(path: string): Promise<[unknown, unknown]> {
  const [one, two] = await Promise.all([readLog([path], { threads: 1 }), readLog([path], { threads: 2 })]);
  return [plain(one), plain(two)];
}

describe('reading a CSV file on two threads', () => {
  it('gives exactly the one-thread log and diagnostics (rejected rows keep their true lines)', async () => {
    const bad = (i: number): string | undefined =>
      i % 10_007 === 5 ? `C1,Approve,not a time,user1,x` : i % 13_001 === 7 ? 'C2,,2024-01-01T00:00:00Z,u,x' : i === 44_444 ? 'too,few' : undefined;
    const path = files.write('split.csv', rows(60_000, bad));
    const [one, two] = await both(path);
    expect(two).toEqual(one);
    const result = await readLog([path], { threads: 2 });
    expect(result.diagnostics.rejected.length).toBeGreaterThan(6);
    expect(result.diagnostics.outOfOrder).toBeGreaterThan(30);
    expect(result.diagnostics.labelMerges).toHaveLength(1);
  });

  it('falls back to one thread when the middle of the file is inside a quoted field', async () => {
    const long = `"${Array.from({ length: 60_000 }, (_, k) => `line ${k}`).join('\n')}"`; // about 0.6 MB in one field
    const text = rows(20_000, (i) => (i === 10_000 ? `C9,Approve,2024-02-01T00:00:00Z,u,${long}` : undefined));
    const path = files.write('quoted-middle.csv', text);
    const cut = splitPoint(inputFor(path), { threads: 2 }) as number;
    const fieldStart = Buffer.byteLength(text.slice(0, text.indexOf(long)));
    expect(cut).toBeGreaterThan(fieldStart);
    expect(cut).toBeLessThan(fieldStart + long.length);
    const [one, two] = await both(path);
    expect(two).toEqual(one);
  });

  it('reports a bad row of the second half at its true line with --strict', async () => {
    const path = files.write('strict.csv', rows(60_000, (i) => (i === 50_000 ? 'C1,Approve,not a time,user1,x' : undefined)));
    const error = await readLog([path], { threads: 2, strict: true }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    // Rows before it that hold a line break inside quotes push its line past 50,002.
    const breaks = Math.floor(49_999 / 211) + 1;
    expect((error as UserError).location).toEqual({ file: path, line: 50_002 + breaks, column: undefined });
  });

  it('takes --threads on the command line', () => {
    const path = files.write('cli.csv', rows(40_000));
    const [one, two] = [runCli(['inspect', path, '--format', 'json', '--threads', '1']), runCli(['inspect', path, '--format', 'json', '--threads', '2'])];
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const wrong = runCli(['inspect', path, '--threads', 'many']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--threads.*whole number/);
  });
});
