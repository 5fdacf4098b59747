// Real public logs from ../shared (never copied into the project): the reader must agree with PM4Py's counts.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLog } from '../../src/io/read-log.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const SHARED = join(REPO_ROOT, '..', 'shared');
const present = existsSync(join(SHARED, 'data'));
if (!present) console.warn(`skipping shared-log tests: ${SHARED} is absent`);

function expected(name: string): { n_cases: number; n_events: number; n_activities: number } {
  return JSON.parse(readFileSync(join(SHARED, 'expected', `${name}.json`), 'utf8')).meta;
}

describe.skipIf(!present)('CSV reader on the shared logs', () => {
  it.each([
    ['wabo-receipt/receipt.csv', 'wabo-receipt'],
    ['synthetic-textbook/running-example.csv', 'running-example'],
    ['synthetic-textbook/reviewing.csv', 'reviewing'],
    ['bpic2017-workflow/BPIC_2017_W.csv.gz', 'BPIC_2017_W'],
  ])('%s has PM4Py’s cases, events and activities', async (file, name) => {
    const { log, diagnostics } = await readLog([join(SHARED, 'data', file)]);
    const meta = expected(name);
    expect(log.caseIds.length).toBe(meta.n_cases);
    expect(log.activity.length).toBe(meta.n_events);
    expect(log.activities.size).toBe(meta.n_activities);
    expect(diagnostics.rejected).toEqual([]);
  });

  it('reads the MobIS snippet: semicolons and day-first dates', async () => {
    const { log } = await readLog([join(SHARED, 'data', 'mobis2019', 'mobis_challenge_log_2019_snippet.csv')]);
    expect(log.source.timestampFormat).toBe('dd.MM.yyyy HH:mm');
    expect([log.caseIds.length, log.activity.length]).toEqual([118, 464]);
  });
});
