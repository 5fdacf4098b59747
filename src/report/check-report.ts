// The report of `redtape check`: policy results and model replay, in the shape every renderer (and the JSON contract)
// reads. Durations none; shares are 0–1.

import type { PolicyCheck } from '../conformance/check-policy.js';
import type { LogReplay } from '../conformance/token-replay.js';
import type { EventLog } from '../log/event-log.js';
import type { WorkingCalendar } from '../performance/calendar.js';

export interface CheckReport {
  readonly tool: 'redtape';
  readonly schemaVersion: 1;
  readonly log: { readonly files: readonly string[]; readonly cases: number; readonly events: number };
  readonly policy: string | null;
  readonly model: string | null;
  /** The working calendar `wd` deadlines were measured in; null without --work-hours/--holidays. */
  readonly calendar: { readonly workHours: string; readonly holidays: readonly string[]; readonly timezone: string; readonly dayLength: number } | null;
  /** Per rule; empty without a policy. */
  readonly rules: PolicyCheck['rules'];
  /** Per case breaking at least one rule: the rules it breaks. */
  readonly cases: PolicyCheck['cases'];
  readonly casesViolating: number;
  readonly replay: LogReplay | null;
  readonly warnings: readonly string[];
}

/** Assembles the report. */
export function checkReport(log: EventLog, policy: PolicyCheck | null, replay: { readonly file: string; readonly result: LogReplay } | null, warnings: readonly string[], calendar?: WorkingCalendar): CheckReport {
  return {
    tool: 'redtape',
    schemaVersion: 1,
    log: { files: log.source.files, cases: log.caseIds.length, events: log.activity.length },
    policy: policy?.policyFile ?? null,
    model: replay?.file ?? null,
    calendar: calendar
      ? { workHours: calendar.spec.week.text, holidays: calendar.spec.holidays.map((holiday) => holiday.date), timezone: calendar.spec.timezone, dayLength: calendar.dayLength }
      : null,
    rules: policy?.rules ?? [],
    cases: policy?.cases ?? [],
    casesViolating: policy?.cases.length ?? 0,
    replay: replay?.result ?? null,
    warnings: [...warnings, ...(policy?.warnings ?? [])],
  };
}
