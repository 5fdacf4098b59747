import type { PolicyCheck } from '../conformance/check-policy.js';
import type { LogReplay } from '../conformance/token-replay.js';
import type { EventLog } from '../log/event-log.js';
import type { WorkingCalendar } from '../performance/calendar.js';
export interface CheckReport {
    readonly tool: 'redtape';
    readonly schemaVersion: 1;
    readonly log: {
        readonly files: readonly string[];
        readonly cases: number;
        readonly events: number;
    };
    readonly policy: string | null;
    readonly model: string | null;
    /** The working calendar `wd` deadlines were measured in; null without --work-hours/--holidays. */
    readonly calendar: {
        readonly workHours: string;
        readonly holidays: readonly string[];
        readonly timezone: string;
        readonly dayLength: number;
    } | null;
    /** Per rule; empty without a policy. */
    readonly rules: PolicyCheck['rules'];
    /** Per case breaking at least one rule: the rules it breaks. */
    readonly cases: PolicyCheck['cases'];
    readonly casesViolating: number;
    readonly replay: LogReplay | null;
    readonly warnings: readonly string[];
}
/** Assembles the report. */
export declare function checkReport(log: EventLog, policy: PolicyCheck | null, replay: {
    readonly file: string;
    readonly result: LogReplay;
} | null, warnings: readonly string[], calendar?: WorkingCalendar): CheckReport;
