// Seeded random approval logs for invariant tests of the audit's fast paths: a few steps, decisions of every kind,
// missing decisions and resources, repeated steps and shared signers.

import fc from 'fast-check';
import type { EventRow } from '../../src/log/log-builder.js';

const STEPS = ['Submit', 'Check', 'Legal', 'Finance', 'Sign', 'Archive'];
const DECISIONS = [undefined, 'approved', 'approved', 'approved', 'rejected', 'returned', 'pending'];
const PEOPLE = [undefined, 'ann', 'bob', 'cy', 'dee'];

const event = fc.record({
  step: fc.integer({ min: 0, max: STEPS.length - 1 }),
  decision: fc.integer({ min: 0, max: DECISIONS.length - 1 }),
  person: fc.integer({ min: 0, max: PEOPLE.length - 1 }),
  minutes: fc.integer({ min: 0, max: 3 * 24 * 60 }),
});

/** Rows of 1 to 40 cases of 1 to 12 events each, times in whole minutes. */
export const randomSignedRows = fc.array(fc.array(event, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 40 }).map((cases) => {
  const rows: EventRow[] = [];
  cases.forEach((events, c) => {
    let time = c * 86_400_000;
    for (const { step, decision, person, minutes } of events) {
      time += minutes * 60_000;
      rows.push({ caseId: `c${c}`, activity: STEPS[step] ?? '', time, decision: DECISIONS[decision], resource: PEOPLE[person] });
    }
  });
  return rows;
});
