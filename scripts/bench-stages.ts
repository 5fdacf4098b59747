// The analyses `npm run bench` times after ingest, one line each. To add yours: append
// `{ name: 'audit', run: (log) => audit(log, {}) }` (run may be async); the harness times it, samples peak memory
// and prints a row. Keep the name short; it is a table column.

import type { EventLog } from '../src/log/event-log.js';
import { auditLog } from '../src/audit/audit-log.js';
import { discoverDfg } from '../src/discovery/discover-dfg.js';
import { discoverInductive } from '../src/discovery/discover-inductive.js';
import { variantsOf } from '../src/discovery/variants.js';
import { profileLog } from '../src/log/profile-log.js';
import { analyzeBottlenecks } from '../src/performance/analyze-bottlenecks.js';
import { parseDuration } from '../src/performance/duration.js';
import { parseWorkHours } from '../src/performance/parse-work-hours.js';
import { buildReport } from '../src/report/build-report.js';

const calendar = { week: parseWorkHours('iran-gov'), holidays: [], timezone: 'UTC' };
const noDiagnostics = { rowsRead: 0, rejected: [], warnings: [], labelMerges: [], outOfOrder: 0 };

/** One benchmarked analysis of the ingested log. */
export interface BenchStage {
  readonly name: string;
  run(log: EventLog): unknown;
}

export const BENCH_STAGES: readonly BenchStage[] = [
  { name: 'profile (inspect figures)', run: (log) => profileLog(log, Date.now()) },
  { name: 'dfg + variants', run: (log) => [discoverDfg(log), variantsOf(log)] },
  { name: 'inductive miner', run: (log) => discoverInductive(log) },
  { name: 'bottlenecks (calendar, sla)', run: (log) => analyzeBottlenecks(log, { calendar, sla: parseDuration('30wd') }) },
  { name: 'audit', run: (log) => auditLog(log) },
  { name: 'report model (html data)', run: (log) => buildReport(log, noDiagnostics, { generatedAt: '', now: Date.now(), metric: 'median', bottlenecks: { calendar } }) },
];
