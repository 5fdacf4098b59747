import type { Diagnostics } from '../io/read-options.js';
import type { EventLog } from '../log/event-log.js';
import type { LogProfile } from '../log/profile-log.js';
/** JSON shape of `inspect --format json` (keys are a contract: extend, never rename). */
export interface InspectReport extends Omit<LogProfile, 'quality'> {
    readonly files: readonly string[];
    readonly mapping: Readonly<Record<string, string>>;
    readonly timestampFormat: string;
    readonly timezone: string;
    readonly rowsRead: number;
    readonly rejected: {
        readonly count: number;
        readonly byReason: Readonly<Record<string, number>>;
    };
    readonly labelMerges: readonly {
        readonly column: string;
        readonly canonical: string;
        readonly variants: readonly string[];
    }[];
    readonly quality: LogProfile['quality'] & {
        readonly outOfOrderRows: number;
    };
    readonly warnings: readonly string[];
}
/** Combines a profile with what the reader reported. O(rejected rows). */
export declare function inspectReport(log: EventLog, profile: LogProfile, diagnostics: Diagnostics): InspectReport;
