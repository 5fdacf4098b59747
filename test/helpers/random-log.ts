// Seeded random logs for invariant tests: an optimised measure must equal a plain reference computation on them.

import type { EventLog } from '../../src/log/event-log.js';
import type { EventRow } from '../../src/log/log-builder.js';
import { logFromRows } from '../../src/log/log-from-rows.js';
import { Prng } from '../../scripts/generator/prng.js';

/** mulberry32 (the generator's seeded source, scripts/generator/prng.ts): uniform on [0, 1). */
export function mulberry32(seed: number): () => number {
  const prng = new Prng(seed);
  return () => prng.next();
}

export interface RandomLogOptions {
  readonly cases: number;
  /** Distinct users; many (applicants as users) or few (clerks). */
  readonly users: number;
  readonly activities?: number;
  /** Days the cases start over. */
  readonly days?: number;
  /** Give some events a start time, a few of them after the end (bad data the measures must survive). */
  readonly startTimes?: boolean;
}

/** A permit-like log: 1 to 12 events a case, up to 4 days apart, some users and roles missing. Deterministic in `seed`. */
export function randomLog(seed: number, options: RandomLogOptions): EventLog {
  const next = mulberry32(seed);
  const rows: EventRow[] = [];
  const origin = Date.UTC(2024, 0, 1);
  const activities = options.activities ?? 8;
  for (let c = 0; c < options.cases; c++) {
    let time = origin + Math.floor(next() * (options.days ?? 200) * 86_400_000);
    const length = 1 + Math.floor(next() * 12);
    for (let i = 0; i < length; i++) {
      time += Math.floor(next() * 4 * 86_400_000);
      const user = Math.floor(next() * options.users);
      const start = options.startTimes && next() < 0.5 ? time - Math.floor((next() - 0.1) * 8 * 3_600_000) : undefined;
      rows.push({
        caseId: `C${c}`,
        activity: `step ${Math.floor(next() * activities)}`,
        time,
        ...(start === undefined ? {} : { startTime: start }),
        ...(next() < 0.05 ? {} : { resource: `u${user}` }),
        ...(next() < 0.1 ? {} : { role: `dept ${user % 5}` }),
      });
    }
  }
  return logFromRows(rows);
}
