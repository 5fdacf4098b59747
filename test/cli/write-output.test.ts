import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeOutputChunks } from '../../src/cli/write-output.js';
import { tempFolder } from '../helpers/temp-files.js';

const files = tempFolder();

describe('writeOutputChunks', () => {
  it('writes pieces as the UTF-8 of their concatenation, short and long pieces alike, and leaves no temporary file', () => {
    // Longer than a batch (1 MB), wide characters past a batch's end, a piece of 3 bytes per character.
    const pieces = ['{ “quoted” ', 'x'.repeat(100_000), 'پرونده ۱', '', 'emoji 😀 and a lone \ud800 half', 'y'.repeat(1_500_000), '«»'.repeat(400_000), 'y'.repeat(10), '\n'];
    const path = join(files.dir, 'out', 'pieces.json');
    writeOutputChunks((sink) => pieces.forEach(sink), path);
    // Buffer.equals: toEqual walks megabytes byte by byte.
    expect(readFileSync(path).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    writeFileAtomic(join(files.dir, 'out', 'text.json'), pieces.join(''));
    expect(readFileSync(join(files.dir, 'out', 'text.json')).equals(readFileSync(path))).toBe(true);
    expect(readdirSync(join(files.dir, 'out')).sort()).toEqual(['pieces.json', 'text.json']);
  });

  it('takes bytes between text pieces, copying each before the producer reuses its memory, a long run included', () => {
    const scratch = Buffer.alloc(2_500_000);
    const path = join(files.dir, 'out', 'mixed.csv');
    const expected: Buffer[] = [];
    writeOutputChunks((sink) => {
      for (const [text, size] of [['a', 10], ['ب', 900_000], ['c', 2_500_000], ['d', 3]] as const) {
        const bytes = scratch.subarray(0, Buffer.from(text.repeat(size)).copy(scratch));
        expected.push(Buffer.from(bytes), Buffer.from('|'));
        sink(bytes);
        scratch.fill(0); // the producer's next piece overwrites this one
        sink('|');
      }
    }, path);
    expect(readFileSync(path).equals(Buffer.concat(expected))).toBe(true);
  });

  it('leaves neither the file nor a temporary one when producing fails midway', () => {
    const path = join(files.dir, 'failed', 'out.json');
    expect(() =>
      writeOutputChunks((sink) => {
        sink('x'.repeat(3_000_000));
        throw new Error('produce failed');
      }, path),
    ).toThrow('produce failed');
    expect(readdirSync(join(files.dir, 'failed'))).toEqual([]);
  });
});
