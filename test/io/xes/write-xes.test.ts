import { describe, expect, it } from 'vitest';
import { readLog } from '../../../src/io/read-log.js';
import { writeXes } from '../../../src/io/xes/write-xes.js';
import { LogBuilder } from '../../../src/log/log-builder.js';
import { logSnapshot } from '../../helpers/log-snapshot.js';
import { tempFolder } from '../../helpers/temp-files.js';
import { MEMORY_SOURCE, trickyLog } from '../../helpers/tricky-log.js';

const files = tempFolder();
describe('writeXes', () => {
  it('writes well-formed XES that reads back to the same log (escaping every value)', async () => {
    const log = trickyLog();
    const text = [...writeXes(log)].join('');
    expect(text).toContain('value="Submit &lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(text).toContain('value="line one&#10;line two&#9;tab"');
    expect(text).toContain('<date key="time:timestamp" value="2024-01-01T08:00:00.000Z"/>');
    expect(text).toContain('<date key="start_timestamp" value="2024-01-01T07:59:58.500Z"/>');
    expect(text).toContain('<string key="original:concept:name" value="shadowed"/>');
    expect(text).not.toContain('<script>');
    const { log: back, diagnostics } = await readLog([files.write('tricky.xes', text)]);
    expect(diagnostics.rejected).toEqual([]);
    const expected = logSnapshot(log);
    const third = expected[1]?.events[0]?.attributes as Record<string, string>;
    third['original:concept:name'] = third['concept:name'] as string;
    delete third['concept:name'];
    expect(logSnapshot(back)).toEqual(expected);
    expect(back.source.mapping).toEqual({
      case: 'concept:name', activity: 'concept:name', timestamp: 'time:timestamp', startTimestamp: 'start_timestamp',
      resource: 'org:resource', role: 'org:role', decision: 'decision',
    });
  });

  it('streams in chunks and replaces characters XML cannot carry', () => {
    const builder = new LogBuilder();
    for (let i = 0; i < 3000; i++) builder.add({ caseId: `case ${i}`, activity: 'A', time: i, attributes: { bell: 'a\u0007b' } });
    const chunks = [...writeXes(builder.build(MEMORY_SOURCE))];
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.every((chunk) => chunk.length < 70_000)).toBe(true);
    expect(chunks.join('')).toContain('value="a\uFFFDb"');
    expect(chunks.at(-1)?.endsWith('</log>\n')).toBe(true);
  });
});
