import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { decodeXml } from '../../../src/io/xes/decode-xml.js';

async function decodeSplit(bytes: Buffer, cut: number, encoding?: string): Promise<string> {
  const decoded = await decodeXml(Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]), encoding, 'test.xes');
  let text = '';
  for await (const chunk of decoded.chunks) text += chunk;
  return text;
}

describe('decodeXml', () => {
  const text = '<log a="بررسی 😀 é"/>';
  const utf8 = Buffer.from(text, 'utf8');

  it('keeps every character whole wherever the chunks are cut (UTF-8, with or without BOM)', async () => {
    for (let cut = 0; cut <= utf8.length; cut++) expect(await decodeSplit(utf8, cut)).toBe(text);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    for (let cut = 0; cut <= bom.length; cut++) expect(await decodeSplit(bom, cut)).toBe(text);
  });

  it('refuses invalid UTF-8, including a sequence cut off at the end', async () => {
    await expect(decodeSplit(Buffer.from([0x3c, 0xff, 0x3e]), 1)).rejects.toThrow(UserError);
    await expect(decodeSplit(utf8.subarray(0, 9), 4)).rejects.toThrow(/not valid utf-8/);
  });

  it('uses --encoding over the declaration, and the declaration over the default', async () => {
    const latin = Buffer.from('<?xml version="1.0" encoding="windows-1252"?><log a="Ä"/>', 'latin1');
    expect(await decodeSplit(latin, 3)).toContain('a="Ä"');
    await expect(decodeSplit(latin, 3, 'utf-8')).rejects.toThrow(/not valid utf-8/);
    await expect(decodeSplit(latin, 3, 'klingon')).rejects.toThrow(/unknown encoding "klingon"/);
  });
});
