import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../src/conformance/check-policy.js';
import { parsePolicy } from '../../src/conformance/policy/parse-policy.js';
import type { EventLog } from '../../src/log/event-log.js';
import { buildCalendar, type WorkingCalendar } from '../../src/performance/calendar.js';
import { parseHolidays } from '../../src/performance/parse-holidays.js';
import { parseWorkHours } from '../../src/performance/parse-work-hours.js';
import { logFromRows } from '../../src/log/log-from-rows.js';
import type { EventRow } from '../../src/log/log-builder.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Cases as lists of [step, user, hours since the epoch]. */
function log(cases: Record<string, readonly (readonly [string, string?, number?])[]>): EventLog {
  const rows: EventRow[] = [];
  for (const [caseId, events] of Object.entries(cases)) {
    events.forEach(([activity, resource, hours], i) => {
      rows.push({ caseId, activity, time: (hours ?? i) * HOUR, ...(resource !== undefined ? { resource } : {}) });
    });
  }
  return logFromRows(rows);
}

function run(cases: Parameters<typeof log>[0], yaml: string, calendar?: WorkingCalendar) {
  const result = checkPolicy(log(cases), parsePolicy(yaml, 'p.yaml'), calendar ? { calendar } : {});
  const rule = result.rules[0];
  if (!rule) throw new Error('no rule');
  return { rule, result };
}

describe('policy rules on hand-built logs', () => {
  it('required: every case checked, cases missing a step violate', () => {
    const { rule } = run({ c1: [['Submit'], ['Approve']], c2: [['Submit']], c3: [['Approve']] }, 'rules:\n  - required: [Submit, Approve]\n');
    expect(rule).toMatchObject({ id: 'required-1', kind: 'required', checked: 3, violations: 2, cases: ['c2', 'c3'] });
    expect(rule.share).toBeCloseTo(2 / 3);
  });

  it('required: a step the log never has violates everywhere and warns', () => {
    const { rule, result } = run({ c1: [['Submit']], c2: [['Submit']] }, 'rules:\n  - required: [Legal review]\n');
    expect(rule.violations).toBe(2);
    expect(result.warnings).toEqual(['p.yaml:2: rule "required-1": step "Legal review" does not occur in the log']);
  });

  it('forbidden', () => {
    const { rule } = run({ c1: [['Submit'], ['Bypass']], c2: [['Submit']] }, 'rules:\n  - forbidden: Bypass\n');
    expect(rule).toMatchObject({ checked: 2, violations: 1, cases: ['c1'] });
  });

  it('at-most: checked where the step occurs', () => {
    const { rule } = run(
      { c1: [['Sign'], ['Sign']], c2: [['Sign']], c3: [['Other']], c4: [['Sign'], ['X'], ['Sign'], ['Sign']] },
      'rules:\n  - at-most: {Sign: 1}\n',
    );
    expect(rule).toMatchObject({ checked: 3, violations: 2, cases: ['c1', 'c4'] });
    const two = run({ c1: [['Sign'], ['Sign']], c4: [['Sign'], ['Sign'], ['Sign']] }, 'rules:\n  - at-most: {Sign: 2}\n').rule;
    expect(two.cases).toEqual(['c4']);
  });

  it('first and last', () => {
    const cases = { c1: [['Submit'], ['Approve']], c2: [['Approve'], ['Submit']], c3: [['Submit'], ['Reject']] } as const;
    expect(run(cases, 'rules:\n  - first: Submit\n').rule).toMatchObject({ checked: 3, cases: ['c2'] });
    expect(run(cases, 'rules:\n  - last: [Approve, Reject]\n').rule).toMatchObject({ checked: 3, cases: ['c2'] });
  });

  it('precedence: every B needs an A before it; checked in cases with B', () => {
    const { rule } = run(
      { c1: [['A'], ['B']], c2: [['B'], ['A']], c3: [['A']], c4: [['B']], c5: [['A'], ['B'], ['B']] },
      'rules:\n  - precedence: {before: A, then: B}\n',
    );
    expect(rule).toMatchObject({ checked: 4, violations: 2, cases: ['c2', 'c4'] });
  });

  it('response: every A is followed by a B; checked in cases with A', () => {
    const { rule } = run(
      { c1: [['A'], ['B']], c2: [['B'], ['A']], c3: [['A']], c4: [['B']], c5: [['A'], ['B'], ['A']] },
      'rules:\n  - response: {if: A, then: B}\n',
    );
    expect(rule).toMatchObject({ checked: 4, violations: 3, cases: ['c2', 'c3', 'c5'] });
  });

  it('succession: precedence and response', () => {
    const { rule } = run(
      { c1: [['A'], ['B']], c2: [['B'], ['A']], c3: [['A']], c4: [['B']], c5: [['X']] },
      'rules:\n  - succession: {before: A, then: B}\n',
    );
    expect(rule).toMatchObject({ checked: 4, violations: 3, cases: ['c2', 'c3', 'c4'] });
  });

  it('chain-response: B immediately after every A', () => {
    const { rule } = run(
      { c1: [['A'], ['B']], c2: [['A'], ['X'], ['B']], c3: [['A'], ['B'], ['A']], c4: [['B']] },
      'rules:\n  - chain-response: {if: A, then: B}\n',
    );
    expect(rule).toMatchObject({ checked: 3, violations: 2, cases: ['c2', 'c3'] });
  });

  it('not-together', () => {
    const { rule } = run({ c1: [['A'], ['B']], c2: [['A']], c3: [['B']], c4: [['X']] }, 'rules:\n  - not-together: [A, B]\n');
    expect(rule).toMatchObject({ checked: 3, violations: 1, cases: ['c1'] });
  });

  it('four-eyes: one person signing both steps violates; checked where both are signed', () => {
    const { rule } = run(
      {
        c1: [['Submit', 'ana'], ['Check', 'bo'], ['Approve', 'cy']],
        c2: [['Submit', 'ana'], ['Check', 'bo'], ['Approve', 'bo']],
        c3: [['Submit', 'ana'], ['Check', 'bo']],
        c4: [['Check', 'cy'], ['Check', 'bo'], ['Approve', 'cy']],
      },
      'rules:\n  - four-eyes: [Check, Approve]\n    severity: high\n',
    );
    expect(rule).toMatchObject({ severity: 'high', checked: 3, violations: 2, cases: ['c2', 'c4'] });
  });

  it('requester-may-not-sign: requester is the first event’s resource', () => {
    const { rule } = run(
      {
        c1: [['Submit', 'ana'], ['Approve', 'bo']],
        c2: [['Submit', 'ana'], ['Approve', 'ana']],
        c3: [['Submit', 'ana'], ['Check', 'ana']],
        c4: [['Submit'], ['Approve', 'ana']],
      },
      'rules:\n  - requester-may-not-sign: [Approve]\n',
    );
    expect(rule).toMatchObject({ checked: 2, violations: 1, cases: ['c2'] });
  });

  it('within: first A to first B after it, in calendar time', () => {
    const { rule } = run(
      {
        c1: [['Submit', 'a', 0], ['Issue', 'b', 24]],
        c2: [['Submit', 'a', 0], ['Issue', 'b', 100]],
        c3: [['Submit', 'a', 0], ['Note', 'b', 49]],
        c4: [['Submit', 'a', 0], ['Note', 'b', 10]],
        c5: [['Issue', 'b', 0]],
      },
      'rules:\n  - within: {from: Submit, to: Issue, max: 2d}\n',
    );
    // c3 ran past the deadline without Issue; c4 is still open.
    expect(rule).toMatchObject({ checked: 3, violations: 2, cases: ['c2', 'c3'] });
  });

  it('within in working days needs a calendar, and uses it when given', () => {
    const cases = { c1: [['Submit', 'a', 0], ['Issue', 'b', 72]], c2: [['Submit', 'a', 0], ['Issue', 'b', 81]] } as const;
    expect(() => run(cases, 'rules:\n  - within: {from: Submit, to: Issue, max: 2wd}\n')).toThrow(/working days.*--work-hours/);
    // 08:00-16:00 every day, 1970-01-02 a holiday; both cases submit at 00:00 on Jan 1. c1's Issue (Jan 4 00:00) comes
    // after 8 h on Jan 1 + 0 on the holiday + 8 h on Jan 3 = 2wd exactly: in time. c2's (Jan 4 09:00) after 17 h: late.
    const calendar = buildCalendar({ week: parseWorkHours('sun-sat 08:00-16:00'), holidays: parseHolidays('1970-01-02 holiday'), timezone: 'UTC' }, 0, 10 * DAY);
    expect(calendar.dayLength).toBe(8 * 3600);
    const { rule } = run(cases, 'rules:\n  - within: {from: Submit, to: Issue, max: 2wd}\n', calendar);
    expect(rule).toMatchObject({ checked: 2, violations: 1, cases: ['c2'] });
    // Calendar units stay elapsed time, calendar or not.
    expect(run(cases, 'rules:\n  - within: {from: Submit, to: Issue, max: 2d}\n', calendar).rule.cases).toEqual(['c1', 'c2']);
  });

  it('case-within: first to last event', () => {
    const { rule } = run(
      { c1: [['A', 'x', 0], ['B', 'x', 7 * 24]], c2: [['A', 'x', 0], ['B', 'x', 7 * 24 + 1]] },
      'rules:\n  - case-within: 1w\n',
    );
    expect(rule).toMatchObject({ checked: 2, violations: 1, cases: ['c2'] });
  });

  it('lists, per case, every rule it breaks, with ids and descriptions from the file', () => {
    const { result } = run(
      { c1: [['Submit', 'ana'], ['Approve', 'ana']], c2: [['Submit', 'ana'], ['Approve', 'bo']], c3: [['Approve', 'bo']] },
      'rules:\n  - id: starts\n    first: Submit\n    description: a case starts with the application\n  - id: self\n    requester-may-not-sign: Approve\n',
    );
    expect(result.rules[0]).toMatchObject({ id: 'starts', description: 'a case starts with the application' });
    expect(result.cases).toEqual([
      { case: 'c1', rules: ['self'] },
      { case: 'c3', rules: ['starts'] },
    ]);
    expect(result.casesTotal).toBe(3);
  });

  it('matches Persian steps however the policy spells them', () => {
    // The log has Persian yeh/kaf; the policy is typed with Arabic ي and ك.
    const { rule } = run({ c1: [['ثبت درخواست'], ['تایید کارشناس']], c2: [['ثبت درخواست']] }, 'rules:\n  - required: [تايید كارشناس]\n');
    expect(rule).toMatchObject({ checked: 2, violations: 1, cases: ['c2'], steps: ['تایید کارشناس'] });
  });
});
