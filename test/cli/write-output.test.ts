import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/cli/write-output.js';
import { tempFolder } from '../helpers/temp-files.js';

const files = tempFolder();

describe('writeFileAtomic', () => {
  it('writes chunks as the UTF-8 of their concatenation, short and long chunks alike, and leaves no temporary file', () => {
    const chunks = ['{ “quoted” ', 'x'.repeat(100_000), 'پرونده ۱', '', 'emoji 😀 and a lone \ud800 half', 'y'.repeat(10), '\n'];
    const path = join(files.dir, 'out', 'chunks.json');
    writeFileAtomic(path, chunks);
    expect(readFileSync(path)).toEqual(Buffer.from(chunks.join(''), 'utf8'));
    writeFileAtomic(join(files.dir, 'out', 'text.json'), chunks.join(''));
    expect(readFileSync(join(files.dir, 'out', 'text.json'))).toEqual(readFileSync(path));
    expect(readdirSync(join(files.dir, 'out')).sort()).toEqual(['chunks.json', 'text.json']);
  });
});
