// Speed of the bottleneck analysis after ingest: a seeded 2.5M-event log built in memory (no file, so the figure is
// the analysis alone), then analyzeBottlenecks with a working calendar (the Iranian government week in Tehran time,
// Nowruz holidays) and an SLA, best of several runs. Target (issue 4): under 1 s.
//
// npm run bench:bottlenecks [-- --cases N] [-- --runs N]
import { parseArgs } from 'node:util';
import { logFromRows } from '../src/log/log-from-rows.js';
import { analyzeBottlenecks } from '../src/performance/analyze-bottlenecks.js';
import { parseDuration } from '../src/performance/duration.js';
import { parseHolidays } from '../src/performance/parse-holidays.js';
import { parseWorkHours } from '../src/performance/parse-work-hours.js';
import { Prng } from './generator/prng.js';
const { values } = parseArgs({ options: { cases: { type: 'string', default: '230000' }, runs: { type: 'string', default: '5' } } });
const CASES = Number(values.cases);
const RUNS = Number(values.runs);
/** mulberry32, the generator's seeded source (scripts/generator/prng.ts). */
function random(seed) {
    const prng = new Prng(seed);
    return () => prng.next();
}
/** About 10.6 events a case over a year: 25 steps, 150 users in 8 departments, up to 3 days between events. */
function* rows(cases) {
    const next = random(2500);
    const start = Date.parse('2023-01-01T00:00:00Z');
    for (let c = 0; c < cases; c++) {
        let time = start + Math.floor(next() * 365 * 86_400_000);
        const events = 6 + Math.floor(next() * 10);
        for (let i = 0; i < events; i++) {
            time += Math.floor(next() * 3 * 86_400_000);
            const user = Math.floor(next() * 150);
            yield { caseId: `P-${c}`, activity: `step ${Math.floor(next() * 25)}`, time, resource: `user${user}`, role: `department ${user % 8}` };
        }
    }
}
const built = performance.now();
const log = logFromRows(rows(CASES));
process.stdout.write(`built ${log.activity.length.toLocaleString('en-US')} events, ${CASES.toLocaleString('en-US')} cases in memory (${((performance.now() - built) / 1000).toFixed(1)} s)\n`);
const calendar = { week: parseWorkHours('iran-gov'), holidays: parseHolidays('1402/01/01\n1402/01/02\n1402/01/03\n1402/01/04\n1402/01/12\n1402/01/13\n'), timezone: 'Asia/Tehran' };
const sla = parseDuration('10wd');
let bestWall = Infinity;
let bestCpu = Infinity;
for (let run = 0; run < RUNS; run++) {
    globalThis.gc?.();
    const cpu = process.cpuUsage();
    const started = performance.now();
    const report = analyzeBottlenecks(log, { calendar, sla });
    const wall = performance.now() - started;
    const used = process.cpuUsage(cpu);
    bestWall = Math.min(bestWall, wall);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
    if (run === 0)
        process.stdout.write(`  ${report.activities.length} steps, ${report.edges.length} edges, ${report.resources.length} resources, ${report.wip.series.length} ${report.wip.period}s, ${report.sla?.casesOver ?? 0} cases over ${sla.text}\n`);
    process.stdout.write(`  run ${run + 1}: ${wall.toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU\n`);
}
const perSecond = (log.activity.length / bestWall) * 1000;
process.stdout.write(`bottlenecks with a calendar: best ${bestWall.toFixed(0)} ms wall (${Math.round(perSecond).toLocaleString('en-US')} events/s), best ${bestCpu.toFixed(0)} ms CPU; target < 1000 ms\n`);
