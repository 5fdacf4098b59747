// The analyses `npm run bench` times after ingest, one line each. To add yours: append
// `{ name: 'audit', run: (log) => audit(log, {}) }` (run may be async); the harness times it, samples peak memory
// and prints a row. Keep the name short; it is a table column.

import type { EventLog } from '../src/log/event-log.js';
import { profileLog } from '../src/log/profile-log.js';

/** One benchmarked analysis of the ingested log. */
export interface BenchStage {
  readonly name: string;
  run(log: EventLog): unknown;
}

export const BENCH_STAGES: readonly BenchStage[] = [
  { name: 'profile (inspect figures)', run: (log) => profileLog(log, Date.now()) },
];
