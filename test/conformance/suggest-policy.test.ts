import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../src/conformance/check-policy.js';
import { parsePolicy } from '../../src/conformance/policy/parse-policy.js';
import { roundUpDuration, suggestPolicy } from '../../src/conformance/suggest-policy.js';
import { logFromRows } from '../../src/log/log-from-rows.js';
import type { EventRow } from '../../src/log/log-builder.js';
import { renderPolicyJson, renderPolicyYaml } from '../../src/report/render-policy.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * 40 permit cases: Submit (by the applicant), Check (bo), Approve (cy), a day apart. Planted, one case each: c7 skips
 * Check, c13 is approved by the checker, c21 is checked twice, c30 takes 60 days.
 */
function plantedLog() {
  const rows: EventRow[] = [];
  for (let i = 1; i <= 40; i++) {
    const caseId = `c${i}`;
    const t0 = i * HOUR;
    const add = (activity: string, resource: string, at: number) => rows.push({ caseId, activity, resource, time: t0 + at });
    add('Submit', `applicant${i}`, 0);
    if (i !== 7) add('Check', 'bo', DAY);
    if (i === 21) add('Check', 'bo', DAY + HOUR);
    add('Approve', i === 13 ? 'bo' : 'cy', i === 30 ? 60 * DAY : 2 * DAY);
  }
  return logFromRows(rows);
}

describe('policy suggest', () => {
  it('suggests what holds in 95% of cases, and checking it back reports exactly the planted cases', () => {
    const log = plantedLog();
    const suggested = suggestPolicy(log);
    const yaml = renderPolicyYaml(suggested, ['planted.csv']);
    const check = checkPolicy(log, parsePolicy(yaml, 'suggested.yaml'));
    const found = Object.fromEntries(check.rules.map((rule) => [`${rule.kind} ${rule.steps.join(' → ')}`.trim(), rule.cases]));
    expect(found).toEqual({
      'required Submit': [],
      'required Check': ['c7'],
      'required Approve': [],
      'first Submit': [],
      'last Approve': [],
      'at-most Submit': [],
      'at-most Check': ['c21'],
      'at-most Approve': [],
      'succession Submit → Check': ['c7'],
      'succession Check → Approve': ['c7'],
      'four-eyes Submit → Check': [],
      'four-eyes Check → Approve': ['c13'],
      'requester-may-not-sign Check → Approve': [],
      'case-within': ['c30'],
    });
    // p95 of the throughput times: 2 days.
    expect(yaml).toContain('case-within: 2d');
    expect(yaml).toContain('succession: {before: Check, then: Approve}');
    expect(yaml).toMatch(/^# Policy suggested by redtape from planted\.csv \(40 cases\)\./);
    expect(check.warnings).toEqual([]);
    expect(JSON.parse(renderPolicyJson(suggested)).rules).toHaveLength(14);
  });

  it('leaves out what holds in fewer cases than asked', () => {
    const log = plantedLog();
    const strict = suggestPolicy(log, { support: 1 });
    expect(strict.rules.every(({ holds }) => holds === 1)).toBe(true);
    const check = checkPolicy(log, parsePolicy(renderPolicyYaml(strict, ['planted.csv'])));
    expect(check.rules.map((rule) => rule.kind)).not.toContain('case-within');
    expect(check.rules.find((rule) => rule.kind === 'required' && rule.steps[0] === 'Check')).toBeUndefined();
    // Without Check in every case, Submit → Approve is the ordering that always holds.
    expect(check.rules.filter((rule) => rule.kind === 'succession').map((rule) => rule.steps)).toEqual([['Submit', 'Approve']]);
    expect(check.cases).toEqual([]);
  });

  it('rounds durations up to a unit people write deadlines in', () => {
    expect(roundUpDuration(2 * 86_400 + 300)).toBe('3d');
    expect(roundUpDuration(15 * 86_400)).toBe('3w');
    expect(roundUpDuration(5400)).toBe('90m');
    expect(roundUpDuration(7201)).toBe('3h');
  });
});
