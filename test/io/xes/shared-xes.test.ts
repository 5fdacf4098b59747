// The XES reader on the real public logs in ../shared (never copied into the project): PM4Py's counts.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLog } from '../../../src/io/read-log.js';
import { SHARED, SHARED_PRESENT as present } from '../../helpers/shared-data.js';

if (!present) console.warn(`skipping shared XES tests: ${SHARED} is absent (set REDTAPE_SHARED to its path)`);

interface Meta {
  readonly log: string;
  readonly n_cases: number;
  readonly n_events: number;
  readonly n_activities: number;
  readonly n_resources?: number | null;
}

function meta(name: string): Meta {
  return JSON.parse(readFileSync(join(SHARED, 'expected', `${name}.json`), 'utf8')).meta as Meta;
}

describe.skipIf(!present)('XES reader on the shared logs', () => {
  it.each([
    ['bpic2020/DomesticDeclarations.xes.gz', 10_357, 55_628],
    ['wabo-receipt/Receipt_phase_of_an_environmental_permit_application_process_WABO_CoSeLoG_project.xes.gz', 1_434, 8_577],
    ['bpic2015/BPIC15_1.xes.gz', 1_199, 52_217],
  ])('%s has the cases and events of issue 2', async (file, cases, events) => {
    const { log, diagnostics } = await readLog([join(SHARED, 'data', file)]);
    expect([log.caseIds.length, log.activity.length]).toEqual([cases, events]);
    expect(diagnostics.rowsRead).toBe(events);
    expect(diagnostics.rejected).toEqual([]);
  });

  it.each(['sepsis', 'helpdesk', 'wabo-receipt', 'InternationalDeclarations', 'reviewing', 'road-traffic-fines'])(
    '%s has PM4Py’s cases, events, activities and resources',
    async (name) => {
      const expected = meta(name);
      const { log, diagnostics } = await readLog([join(SHARED, 'data', expected.log)]);
      expect(log.caseIds.length).toBe(expected.n_cases);
      expect(log.activity.length).toBe(expected.n_events);
      expect(log.activities.size).toBe(expected.n_activities);
      if (typeof expected.n_resources === 'number') expect(log.resources.size).toBe(expected.n_resources);
      expect(diagnostics.rejected).toEqual([]);
    },
  );

  it('keeps lifecycle transitions, roles and trace attributes (BPI Challenge 2020)', async () => {
    const { log } = await readLog([join(SHARED, 'data', 'bpic2020', 'DomesticDeclarations.xes.gz')]);
    expect(log.roles.names).toContain('SUPERVISOR');
    expect(log.eventAttributes.map((column) => column.name)).toContain('id');
    expect(log.caseAttributes.map((column) => column.name)).toContain('variant');
  });

  it('converts UTC offsets to true UTC instants (BPI Challenge 2012, +01:00/+02:00 local times)', async () => {
    const { log } = await readLog([join(SHARED, 'data', 'bpic2012', 'BPI_Challenge_2012.xes.gz')]);
    expect([log.caseIds.length, log.activity.length]).toEqual([13_087, 262_200]);
    // First event of the file: 2011-10-01T00:38:44.546+02:00.
    expect(new Date(log.time[0] as number).toISOString()).toBe('2011-09-30T22:38:44.546Z');
  });
});
