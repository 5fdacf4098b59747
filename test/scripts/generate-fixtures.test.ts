import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { PlantedTruth } from '../../scripts/generate-approval-log.js';
import { fixtureFiles } from '../../scripts/generate-fixtures.js';
import { HOSTILE_LABELS } from '../../scripts/generator/edge-case-fixtures.js';
import { readLog } from '../../src/io/read-log.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const FIXTURES = join(REPO_ROOT, 'fixtures');
const fixture = (name: string): string => join(FIXTURES, name);
const truthOf = (name: string): PlantedTruth => JSON.parse(readFileSync(fixture(name), 'utf8')) as PlantedTruth;

describe('fixtures', () => {
  it('are exactly what the generator writes (regenerate with npm run fixtures), and each is listed in the README', () => {
    const readme = readFileSync(fixture('README.md'), 'utf8');
    for (const file of fixtureFiles()) {
      // Compressed bytes depend on the zlib build, so gzip fixtures are compared by content.
      const bytes = (data: Buffer): Buffer => (file.name.endsWith('.gz') ? gunzipSync(data) : data);
      expect(bytes(readFileSync(fixture(file.name))).equals(bytes(Buffer.from(file.content))), `${file.name} is stale: run npm run fixtures`).toBe(true);
      expect(readme).toContain(`\`${file.name}\``);
    }
  });

  it.each([
    ['permits-en.csv', 'permits-en.truth.json', {}],
    ['permits-en.csv.gz', 'permits-en.truth.json', {}],
    ['permits-fa.csv', 'permits-fa.truth.json', {}],
  ] as const)('%s reads with every planted event accepted and every bad row set aside at its line', async (name, truthName, options) => {
    const truth = truthOf(truthName);
    const { log, diagnostics } = await readLog([fixture(name)], options);
    expect(log.activity.length).toBe(truth.events);
    expect(log.caseIds.length).toBe(truth.cases);
    expect(diagnostics.rejected.map((row) => row.line)).toEqual(truth.badRows.map((bad) => bad.index + 2));
    expect([...log.activities.names].sort()).toEqual(Object.values(truth.labels).sort());
  });

  it('permits-fa.csv has Jalali dates with both digit styles and spelling merges; the windows-1256 copy needs --encoding', async () => {
    const text = readFileSync(fixture('permits-fa.csv'), 'utf8');
    expect(text).toMatch(/1403\/0\d\/\d\d \d\d:\d\d/);
    expect(text).toMatch(/۱۴۰۳\/۰[۰-۹]\/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}/);
    const { log, diagnostics } = await readLog([fixture('permits-fa.csv')]);
    expect(log.source.timestampFormat).toMatch(/jalali/i);
    expect(diagnostics.labelMerges.length).toBeGreaterThan(0);
    await expect(readLog([fixture('permits-fa-1256.csv')])).rejects.toThrow(/--encoding/);
    const legacy = await readLog([fixture('permits-fa-1256.csv')], { encoding: 'windows-1256' });
    expect(legacy.log.caseIds.length).toBe(40);
    expect(legacy.log.activities.idOf('بررسی مدارک')).toBeGreaterThanOrEqual(0);
  });

  it('the two halves of permits-en.csv read as the same log as the whole', async () => {
    const whole = await readLog([fixture('permits-en.csv')]);
    const parts = await readLog([fixture('permits-en-part1.csv'), fixture('permits-en-part2.csv')]);
    expect(parts.log.caseIds).toEqual(whole.log.caseIds);
    expect(Array.from(parts.log.activity)).toEqual(Array.from(whole.log.activity));
    expect(Array.from(parts.log.time)).toEqual(Array.from(whole.log.time));
  });

  it('every edge-case file holds the same 3 cases and 7 events', async () => {
    const reference = await readLog([fixture('edge-comma.csv')]);
    expect(reference.log.activity.length).toBe(7);
    const note = reference.log.eventAttributes.find((column) => column.name === 'note');
    expect(note?.values.names).toContain('two\nlines');
    expect(note?.values.names).toContain('missing deed, see "annex B"');
    for (const name of ['edge-semicolon.csv', 'edge-tab.tsv', 'edge-pipe.csv', 'edge-bom-crlf.csv', 'edge-utf16le.csv', 'edge-comma.csv.gz']) {
      const { log, diagnostics } = await readLog([fixture(name)]);
      expect(diagnostics.rejected, name).toEqual([]);
      expect(log.caseIds, name).toEqual(reference.log.caseIds);
      expect(Array.from(log.time), name).toEqual(Array.from(reference.log.time));
      expect(log.activities.names, name).toEqual(reference.log.activities.names);
    }
  });

  it('hostile.csv carries every injection string as a label, a user and a case id', async () => {
    const { log } = await readLog([fixture('hostile.csv')]);
    for (const label of HOSTILE_LABELS) {
      expect(log.activities.idOf(label), label).toBeGreaterThanOrEqual(0);
      expect(log.caseIds).toContain(label);
    }
    expect(log.resources.idOf('<script>alert(1)</script>')).toBeGreaterThanOrEqual(0);
  });
});
