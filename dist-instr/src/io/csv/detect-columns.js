// Which column is the case, the step, the time…: explicit flags first, otherwise English and Persian header names.
import { UserError } from '../../errors.js';
import { normalizeLabel } from '../../log/normalize-label.js';
/** Header names recognised per role, most specific first. Compared after {@link headerKey}. */
export const HEADER_SYNONYMS = {
    case: ['case:concept:name', 'case_id', 'case id', 'caseid', 'case', 'case number', 'case no', 'case_concept_name', 'trace id', 'request id',
        'شماره پرونده', 'پرونده', 'کد پرونده', 'شناسه پرونده', 'شماره درخواست'],
    activity: ['concept:name', 'activity', 'activity name', 'task', 'step', 'event', 'action', 'stage',
        'فعالیت', 'مرحله', 'نام فعالیت', 'اقدام', 'گام'],
    timestamp: ['time:timestamp', 'timestamp', 'complete timestamp', 'end timestamp', 'end time', 'end_time', 'end', 'time', 'date', 'datetime', 'date time',
        'تاریخ', 'زمان', 'تاریخ و زمان', 'تاریخ پایان', 'زمان پایان'],
    startTimestamp: ['start_timestamp', 'start timestamp', 'start time', 'start_time', 'start', 'time:start',
        'تاریخ شروع', 'زمان شروع'],
    resource: ['org:resource', 'resource', 'user', 'user id', 'username', 'performer', 'actor', 'employee', 'signer',
        'کاربر', 'کارشناس', 'کارمند', 'امضا کننده', 'انجام دهنده'],
    role: ['org:role', 'role', 'department', 'dept', 'org:group', 'group', 'unit',
        'نقش', 'واحد', 'سمت', 'بخش'],
    decision: ['decision', 'outcome', 'result', 'verdict',
        'نتیجه', 'تصمیم', 'نظر'],
};
const FLAG = {
    case: '--case', activity: '--activity', timestamp: '--timestamp', startTimestamp: '--start-timestamp',
    resource: '--resource', role: '--role', decision: '--decision',
};
const REQUIRED = ['case', 'activity', 'timestamp'];
/** Comparison key of a header name: normalized label, lower case, `_`/`-` as spaces. */
export function headerKey(name) {
    return normalizeLabel(name.replace(/^\uFEFF/, '')).toLowerCase().replace(/[_\s-]+/g, ' ');
}
/**
 * Resolves each role to a column index: the explicit name when given (an error if the header lacks it), otherwise
 * the first synonym present. A column is used for one role only. Throws a UserError listing the header and the flag
 * to use when case, activity or timestamp cannot be found. O(header × synonyms).
 */
export function detectColumns(header, explicit, file) {
    const keys = header.map(headerKey);
    const used = new Set();
    const mapping = {};
    const listed = header.map((name) => JSON.stringify(name)).join(', ');
    for (const [role, name] of Object.entries(explicit)) {
        let index = header.indexOf(name);
        if (index < 0)
            index = keys.indexOf(headerKey(name));
        if (index < 0)
            throw new UserError(`${FLAG[role]} ${JSON.stringify(name)}: no such column; the header has ${listed}`, { file, line: 1 });
        mapping[role] = index;
        used.add(index);
    }
    for (const role of Object.keys(HEADER_SYNONYMS)) {
        if (mapping[role] !== undefined)
            continue;
        for (const synonym of HEADER_SYNONYMS[role]) {
            const index = keys.indexOf(headerKey(synonym));
            if (index >= 0 && !used.has(index)) {
                mapping[role] = index;
                used.add(index);
                break;
            }
        }
    }
    for (const role of REQUIRED) {
        if (mapping[role] === undefined) {
            throw new UserError(`cannot find the ${role} column; the header has ${listed}: name it with ${FLAG[role]} <column>`, { file, line: 1 });
        }
    }
    return mapping;
}
