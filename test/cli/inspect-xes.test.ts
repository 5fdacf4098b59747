import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const files = tempFolder();

const LOG = `<?xml version="1.0" encoding="UTF-8"?>
<log>
  <trace>
    <string key="concept:name" value="P-1"/>
    <event><string key="concept:name" value="ثبت"/><date key="time:timestamp" value="2024-03-01T10:00:00+03:30"/><string key="org:resource" value="کاربر"/></event>
    <event><string key="concept:name" value="Sign"/><date key="time:timestamp" value="not a date"/></event>
  </trace>
</log>
`;

describe('redtape inspect on XES', () => {
  it('reports the mapping, counts the rejected event and writes it with --rejects', () => {
    const rejects = join(files.dir, 'rejects.csv');
    const result = runCli(['inspect', files.write('small.xes', LOG), '--format', 'json', '--rejects', rejects]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect([report.events, report.cases]).toEqual([1, 1]);
    expect(report.mapping).toEqual({ case: 'concept:name', activity: 'concept:name', timestamp: 'time:timestamp', resource: 'org:resource' });
    expect(report.timeRange.start).toBe('2024-03-01T06:30:00.000Z');
    expect(report.rejected).toMatchObject({ count: 1, byReason: { 'unparsable timestamp': 1 } });
    expect(result.stderr).toContain('1 of 2 rows set aside');
    const lines = readFileSync(rejects, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/,6,unparsable timestamp,"""not a date"" is not ISO 8601 \(XES xs:dateTime\)",/);
  });

  it('exits 2 on the first bad event with --strict', () => {
    const path = files.write('strict.xes', LOG);
    const result = runCli(['inspect', path, '--strict']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^redtape: ${path}:6:5: unparsable timestamp: .* \\(--strict\\)\\n$`));
  });
});
