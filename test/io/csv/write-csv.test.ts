import { describe, expect, it } from 'vitest';
import { csvField, writeCsv } from '../../../src/io/csv/write-csv.js';
import { readLog } from '../../../src/io/read-log.js';
import { LogBuilder } from '../../../src/log/log-builder.js';
import { logSnapshot } from '../../helpers/log-snapshot.js';
import { tempFolder } from '../../helpers/temp-files.js';
import { MEMORY_SOURCE, trickyLog } from '../../helpers/tricky-log.js';

const files = tempFolder();

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    [' padded ', '" padded "'],
    ['=SUM(A1)', '=SUM(A1)'],
    ['', ''],
  ])('%j → %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});

describe('writeCsv', () => {
  it('writes the documented header and rows that read back to the same log', async () => {
    const log = trickyLog();
    const text = [...writeCsv(log)].join('');
    const [header, first] = text.split('\n');
    expect(header).toBe('case,activity,timestamp,start_timestamp,resource,role,decision,note,lifecycle:transition,amount,original:concept:name,start,case:channel,case:budget');
    expect(first).toBe('"c<1>&""x""",Submit <script>alert(1)</script>,2024-01-01T08:00:00.000Z,2024-01-01T07:59:58.500Z,O\'Brien,clerk,ok,"line one');
    const { log: back, diagnostics } = await readLog([files.write('tricky.csv', text)]);
    expect(diagnostics.rejected).toEqual([]);
    const expected = logSnapshot(log);
    const third = expected[1]?.events[0]?.attributes as Record<string, string>;
    third['original:concept:name'] = third['concept:name'] as string;
    delete third['concept:name'];
    expect(logSnapshot(back)).toEqual(expected);
    expect(back.source.mapping).toEqual({
      case: 'case', activity: 'activity', timestamp: 'timestamp', startTimestamp: 'start_timestamp', resource: 'resource', role: 'role', decision: 'decision',
    });
  });

  it('leaves out start_timestamp when the log has none, and renames attributes the reader would take for a column', async () => {
    const builder = new LogBuilder();
    builder.add({ caseId: '1', activity: 'A', time: 0, attributes: { start: 'tomorrow', 'time:timestamp': 'x', 'case:flag': 'y', Resource: 'kept' } });
    const log = builder.build(MEMORY_SOURCE);
    const text = [...writeCsv(log)].join('');
    expect(text.split('\n')[0]).toBe('case,activity,timestamp,resource,role,decision,original:start,original:time:timestamp,original:case:flag,Resource');
    const { log: back } = await readLog([files.write('renamed.csv', text)]);
    expect(back.startTime).toBeNull();
    expect(logSnapshot(back)[0]?.events[0]?.attributes).toEqual({ 'original:start': 'tomorrow', 'original:time:timestamp': 'x', 'original:case:flag': 'y', Resource: 'kept' });
  });

  it('streams in chunks', () => {
    const builder = new LogBuilder();
    for (let i = 0; i < 5000; i++) builder.add({ caseId: `case ${i}`, activity: 'A', time: i });
    const chunks = [...writeCsv(builder.build(MEMORY_SOURCE))];
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join('').split('\n').length).toBe(5002);
  });
});
