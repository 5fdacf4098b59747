// Times `redtape audit`'s analysis on a large generated log after ingest: node dist/scripts/bench-audit.js
// [--events 2500000] [--cache /tmp/redtape-bench-audit.csv]. The log is written once (seeded) and reused.
// When the shared bench harness (scripts/bench-stages.ts) is on main, the same figure is its `audit` stage.

import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { auditLog } from '../src/audit/audit-log.js';
import { readLog } from '../src/io/read-log.js';
import { writeApprovalLog } from './generate-approval-log.js';

const EVENTS_PER_CASE = 11;

const { values } = parseArgs({ options: { events: { type: 'string', default: '2500000' }, cache: { type: 'string', default: '/tmp/redtape-bench-audit.csv' }, runs: { type: 'string', default: '3' } } });
const events = Number(values.events);
const cache = values.cache;
if (!existsSync(cache)) {
  process.stderr.write(`writing ${cache} (about ${events} events)…\n`);
  await writeApprovalLog(cache, { seed: 2500, cases: Math.round(events / EVENTS_PER_CASE), language: 'en' });
}
let started = performance.now();
const { log } = await readLog([cache]);
process.stdout.write(`ingest: ${log.activity.length} events, ${log.caseIds.length} cases in ${((performance.now() - started) / 1000).toFixed(2)} s\n`);
for (let run = 0; run < Number(values.runs); run++) {
  started = performance.now();
  const result = auditLog(log);
  process.stdout.write(`audit (all rules, what-if): ${((performance.now() - started) / 1000).toFixed(2)} s, ${result.findings.length} findings\n`);
}
