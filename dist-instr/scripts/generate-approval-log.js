// Seeded generator of municipal permit approval logs with planted truth: every redundant signature, rework loop,
// segregation-of-duties breach and slow step it plants is listed in `truth`, so tests can measure an audit's
// precision and recall, and the fixtures and the benchmark come from the same process.
//
// Run directly: node dist/scripts/generate-approval-log.js --seed 7 --cases 300 --language fa --out permits.csv
import { once } from 'node:events';
import { createWriteStream, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Prng } from './generator/prng.js';
import { decisionWord, roleLabel, staffRoster, stepLabel } from './generator/permit-process.js';
import { TruthRecorder } from './generator/planted-truth.js';
import { CsvRenderer, toCsv } from './generator/render-csv.js';
import { simulateCase } from './generator/simulate-case.js';
import { addWorkMinutes, alignToWork, dayLength, IRANIAN_WEEK, WESTERN_WEEK } from './generator/work-calendar.js';
import { RowHeap } from './generator/row-heap.js';
export { toCsv, CsvRenderer };
const DEFECTS = ['field-count', 'empty-case', 'bad-time'];
const ARABIC_SHARE = 0.25;
const ODAT_SHARE = 0.3;
function arabicSpelling(text) {
    return text.replace(/\u06CC/g, '\u064A').replace(/\u06A9/g, '\u0643');
}
/**
 * Streams the rows of a generated log in time order (as exports are), recording the truth as it goes. Cases are
 * simulated in arrival order and held in a heap only until no later case can precede them, so memory stays
 * proportional to the cases in progress, not to the log. O(n log w) for n events and w events in progress.
 */
export function* generateRows(options, recorder) {
    const { seed, cases, language } = options;
    const random = new Prng(seed);
    const spelling = Prng.derive(seed, 1);
    const defects = Prng.derive(seed, 2);
    const calendar = language === 'fa' ? IRANIAN_WEEK : WESTERN_WEEK;
    const people = { staff: staffRoster(language), applicants: Math.max(20, Math.round(cases * 0.8)) };
    const badPerCase = new Map();
    for (let k = 0; k < (options.badRows ?? 0); k++) {
        const at = defects.int(Math.max(1, cases));
        badPerCase.set(at, (badPerCase.get(at) ?? 0) + 1);
    }
    let defectCount = 0;
    const mixed = language === 'fa' && options.mixedSpelling === true;
    const spell = (text) => (mixed && spelling.chance(ARABIC_SHARE) ? arabicSpelling(text) : text);
    // Arrivals spread over about cases/8 calendar days (30 days to 2 years), in working time.
    const periodDays = Math.min(730, Math.max(30, cases / 8));
    const meanGap = (periodDays * (calendar.days.length / 7) * dayLength(calendar)) / Math.max(1, cases);
    let arrival = alignToWork(calendar, Math.floor((options.start ?? new Date(Date.UTC(2024, 3, 20))).getTime() / 60_000));
    const heap = new RowHeap();
    let index = 0;
    for (let c = 0; c < cases; c++) {
        if (c > 0)
            arrival = addWorkMinutes(calendar, arrival, Math.round(random.exponential(meanGap)));
        for (const row of heap.popBefore(arrival * 60_000)) {
            if (row.defect)
                recorder.addBadRow(index, row.defect);
            index++;
            yield row;
        }
        const caseId = language === 'fa' ? `1403-${String(c + 1).padStart(6, '0')}` : `P-${String(c + 1).padStart(6, '0')}`;
        const simulated = simulateCase(random, people, calendar, arrival, options.change && c >= options.change.fromCase ? options.change : {});
        recorder.add(caseId, simulated);
        simulated.events.forEach((event, i) => {
            const row = {
                caseId,
                step: event.step,
                activity: spell(stepLabel(event.step, language)),
                time: event.end * 60_000,
                start: event.start * 60_000,
                resource: event.resource,
                role: spell(roleLabel(event.step, language)),
                decision: event.decision ? spell(decisionWord(event.decision, language, spelling.chance(ODAT_SHARE))) : '',
                decisionKind: event.decision,
            };
            heap.push(row);
            if (i === 0)
                for (let k = badPerCase.get(c) ?? 0; k > 0; k--)
                    heap.push({ ...row, defect: DEFECTS[defectCount++ % DEFECTS.length] });
        });
    }
    for (const row of heap.popBefore(Infinity)) {
        if (row.defect)
            recorder.addBadRow(index, row.defect);
        index++;
        yield row;
    }
}
/** A generated log in memory: rows in time order and the planted truth. O(n log w). */
export function generateApprovalLog(options) {
    const recorder = new TruthRecorder(options.language, options.seed);
    const rows = [...generateRows(options, recorder)];
    return { rows, truth: recorder.truth() };
}
/**
 * The good rows as EventRows for `logFromRows` (tests that skip the CSV round trip): labels as written (the builder
 * normalizes them), start times included, bad rows left out. O(n).
 */
export function toEventRows(rows) {
    return rows
        .filter((row) => !row.defect)
        .map((row) => ({ caseId: row.caseId, activity: row.activity, time: row.time, startTime: row.start, resource: row.resource, role: row.role, decision: row.decision || undefined }));
}
/** Streams a generated log to a CSV file without holding the rows (for the multi-million-event benchmark log). */
export async function writeApprovalLog(path, options, render = {}) {
    const recorder = new TruthRecorder(options.language, options.seed);
    const renderer = new CsvRenderer(render);
    const out = createWriteStream(path);
    const failed = new Promise((_, reject) => out.on('error', reject));
    let buffer = renderer.header();
    let index = 0;
    for (const row of generateRows(options, recorder)) {
        buffer += renderer.line(row, index++);
        if (buffer.length > 1 << 20) {
            if (!out.write(buffer))
                await Promise.race([once(out, 'drain'), failed]);
            buffer = '';
        }
    }
    out.end(buffer);
    await Promise.race([once(out, 'finish'), failed]);
    return recorder.truth();
}
async function main() {
    const { values } = parseArgs({
        options: {
            seed: { type: 'string', default: '1' },
            cases: { type: 'string', default: '300' },
            language: { type: 'string', default: 'en' },
            'bad-rows': { type: 'string', default: '0' },
            'mixed-spelling': { type: 'boolean', default: false },
            dates: { type: 'string' },
            digits: { type: 'string', default: 'latin' },
            'start-column': { type: 'boolean', default: false },
            out: { type: 'string' },
            truth: { type: 'string' },
        },
    });
    const language = values.language === 'fa' ? 'fa' : 'en';
    const options = {
        seed: Number(values.seed),
        cases: Number(values.cases),
        language,
        badRows: Number(values['bad-rows']),
        mixedSpelling: values['mixed-spelling'],
    };
    const render = {
        dates: values.dates === 'jalali' || (values.dates === undefined && language === 'fa') ? 'jalali' : 'iso',
        digits: values.digits === 'persian' || values.digits === 'mixed' ? values.digits : 'latin',
        startColumn: values['start-column'],
    };
    if (!values.out) {
        const { rows } = generateApprovalLog(options);
        process.stdout.write(toCsv(rows, render));
        return;
    }
    const truth = await writeApprovalLog(values.out, options, render);
    if (values.truth)
        writeFileSync(values.truth, `${JSON.stringify(truth, null, 2)}\n`);
}
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
    await main();
