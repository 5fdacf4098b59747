// XES read speed on the shared real logs: events/s and MB/s (uncompressed XML) for redtape's reader, and the same
// input through bare saxes with nothing attached (the floor any saxes-based reader has), so the ratio shows what
// mapping and building cost on top of parsing.
//
// npm run bench:xes [files...]   (default: BPI Challenge 2012 and BPIC15_1 from ../shared or REDTAPE_SHARED)
import { createReadStream, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { SaxesParser } from 'saxes';
import { readLog } from '../src/io/read-log.js';
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const SHARED = resolve(process.env.REDTAPE_SHARED ?? join(ROOT, '..', 'shared'));
const DEFAULTS = ['bpic2012/BPI_Challenge_2012.xes.gz', 'bpic2015/BPIC15_1.xes.gz', 'bpic2020/DomesticDeclarations.xes.gz'].map((file) => join(SHARED, 'data', file));
/** Bare saxes over the file: the time to gunzip, decode and tokenize, and the uncompressed size in bytes. */
async function bareSaxes(file) {
    const started = performance.now();
    const parser = new SaxesParser({ position: false, xmlns: false });
    let tags = 0;
    parser.on('opentag', () => tags++);
    let bytes = 0;
    const source = createReadStream(file, { highWaterMark: 1 << 20 });
    const stream = file.endsWith('.gz') ? source.pipe(createGunzip({ chunkSize: 1 << 20 })) : source;
    for await (const chunk of stream) {
        bytes += chunk.length;
        parser.write(chunk.toString('utf8'));
    }
    parser.close();
    return { ms: performance.now() - started, bytes };
}
async function main() {
    const files = process.argv.length > 2 ? process.argv.slice(2) : DEFAULTS;
    for (const file of files) {
        if (!existsSync(file)) {
            console.log(`skipped ${file}: absent (set REDTAPE_SHARED to the shared folder)`);
            continue;
        }
        const runs = [];
        let events = 0;
        for (let run = 0; run < 3; run++) {
            const cpu = process.cpuUsage();
            const started = performance.now();
            const { log } = await readLog([file]);
            runs.push({ ms: performance.now() - started, cpu: (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000 });
            events = log.activity.length;
        }
        const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
        const bare = await bareSaxes(file);
        const name = file.split('/').pop() ?? file;
        console.log(`${name}: ${events.toLocaleString('en')} events in ${best.ms.toFixed(0)} ms (best of 3; cpu ${best.cpu.toFixed(0)} ms) = ` +
            `${Math.round((events / best.ms) * 1000).toLocaleString('en')} events/s, ${(bare.bytes / 1e6 / (best.ms / 1000)).toFixed(1)} MB/s of XML; ` +
            `bare saxes ${bare.ms.toFixed(0)} ms (reader / bare = ${(best.ms / bare.ms).toFixed(2)})`);
    }
}
await main();
