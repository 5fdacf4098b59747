// Inductive-miner speed on the shared real logs with many activities or many events: the time to mine the process
// tree (variants included, reading excluded) at noise 0 (IM) and 0.2 (IMf), and the tree's size.
//
// npm run bench:inductive [files...]   (default: BPIC15_1 (398 activities) and BPI Challenge 2012 (262k events))
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverInductive } from '../src/discovery/discover-inductive.js';
import { treeStats } from '../src/discovery/process-tree.js';
import { treeToPetriNet } from '../src/discovery/tree-to-petri-net.js';
import { readLog } from '../src/io/read-log.js';
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const SHARED = resolve(process.env.REDTAPE_SHARED ?? join(ROOT, '..', 'shared'));
const DEFAULTS = ['bpic2015/BPIC15_1.xes.gz', 'bpic2012/BPI_Challenge_2012.xes.gz'].map((file) => join(SHARED, 'data', file));
async function main() {
    const files = process.argv.length > 2 ? process.argv.slice(2) : DEFAULTS;
    for (const file of files) {
        if (!existsSync(file)) {
            console.log(`skipped ${file}: not found`);
            continue;
        }
        const { log } = await readLog([file]);
        console.log(`${file}: ${log.caseIds.length} cases, ${log.activity.length} events, ${log.activities.size} activities`);
        for (const noise of [0, 0.2]) {
            const started = performance.now();
            const result = discoverInductive(log, { noise });
            const mined = performance.now() - started;
            const net = treeToPetriNet(result.tree);
            const stats = treeStats(result.tree);
            console.log(`  ${result.variant} noise ${noise}: ${(mined / 1000).toFixed(2)} s; tree ${stats.activities} activities, ${stats.taus} taus, ${stats.operators} operators; ` +
                `net ${net.places.length} places, ${net.transitions.length} transitions, ${net.arcs.length} arcs`);
        }
    }
}
await main();
