// The bottleneck analysis: every performance measure of a log in one pass over its columns, in calendar or working
// time, ranked so that the top of each list is where removing delay helps most.
import { activityLayout } from './activity-layout.js';
import { activityPerformance } from './activity-performance.js';
import { calendarForLog, calendarTimeSpec, logTimeRange } from './calendar.js';
import { caseThroughput } from './case-throughput.js';
import { edgePerformance } from './edge-performance.js';
import { eventService, eventWaiting } from './event-waiting.js';
import { defaultPeriodUnit, periodGrid, periodsOf } from './period-grid.js';
import { resourcePerformance } from './resource-performance.js';
import { breachedCases, slaBreaches } from './sla-breaches.js';
import { summarize } from './summarize.js';
import { waitingTrends } from './waiting-trends.js';
import { workInProgress } from './work-in-progress.js';
/** The calendar of `spec` built over the log, and its echo. O(n + days × spans). */
export function calendarOf(log, spec) {
    const calendar = calendarForLog(spec, log);
    return {
        calendar,
        echo: {
            workingTime: !calendar.calendarTime,
            name: spec.week.name,
            workHours: spec.week.text,
            timezone: spec.timezone,
            holidays: spec.holidays,
            dayLengthSeconds: calendar.dayLength,
        },
    };
}
/** First working day after a day off (Saturday for the Iranian week), Monday for a week without days off. */
function weekStartOf(spec) {
    const working = new Set(spec.week.spans.map((span) => span.day));
    for (let day = 0; day < 7; day++)
        if (!working.has(day) && working.has((day + 1) % 7))
            return (day + 1) % 7;
    return 1;
}
/**
 * Waiting, service, edges, resources, roles, case throughput, WIP, trends and SLA breaches of `log`.
 * Cost: O(n) expected (summaries by selection, the O(1) calendar), plus O(groups × periods²) for the trend tests.
 */
export function analyzeBottlenecks(log, options = {}) {
    const spec = options.calendar ?? calendarTimeSpec(log.source.timezone);
    const { calendar, echo } = calendarOf(log, spec);
    const working = calendar.calendarTime ? undefined : calendar;
    const waiting = eventWaiting(log, working);
    const service = eventService(log, working);
    const throughput = caseThroughput(log, working);
    const [from, to] = logTimeRange(log);
    const grid = periodGrid(from, to, options.period ?? defaultPeriodUnit(from, to), spec.timezone, weekStartOf(spec));
    // A limit in working days is compared with working throughput; one in calendar units with elapsed throughput.
    const limit = options.sla;
    const limitSeconds = limit ? (limit.kind === 'working-days' ? limit.days * calendar.dayLength : limit.seconds) : 0;
    const against = !limit || limit.kind === 'working-days' || !working ? throughput : caseThroughput(log);
    const throughputTotal = throughput.reduce((sum, value) => sum + value, 0);
    // The waiting values are laid out by activity once: their summaries (the ranking, and the edges that are a step's
    // only way in), their medians per period (trends) and within the SLA all read that layout.
    const layout = activityLayout(log, waiting, periodsOf(grid, log.time), grid.count, limit ? breachedCases(against, limitSeconds) : null);
    const trends = waitingTrends(log, waiting, grid, layout);
    const activityWaits = layout.waits;
    const ranked = activityPerformance(log, waiting, service, activityWaits);
    const byMedian = [...ranked].sort((a, b) => b.waiting.median - a.waiting.median || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const medianRank = new Map(byMedian.map((row, i) => [row.name, i + 1]));
    const activities = ranked.map((row) => ({
        ...row,
        rankByMedian: medianRank.get(row.name),
        shareOfThroughput: throughputTotal > 0 ? row.waiting.total / throughputTotal : 0,
        waitingTrend: trends[log.activities.idOf(row.name)],
    }));
    const resources = resourcePerformance(log, waiting, grid, 'resource');
    const bySlope = (rows, trend) => rows
        .filter((row) => trend(row).rising)
        .sort((a, b) => trend(b).slopePerPeriod - trend(a).slopePerPeriod)
        .map((row) => row.name);
    let sla = null;
    if (limit) {
        const limitUnit = limit.kind === 'working-days' && working ? 'working seconds' : 'seconds';
        sla = { limit: limit.text, limitUnit, ...slaBreaches(log, waiting, against, limitSeconds, layout.typical ?? undefined) };
    }
    return {
        calendar: echo,
        unit: working ? 'working seconds' : 'seconds',
        events: log.activity.length,
        timeRange: Number.isFinite(from) ? { start: new Date(from).toISOString(), end: new Date(to).toISOString() } : null,
        activities,
        edges: edgePerformance(log, waiting, activityWaits),
        resources,
        roles: resourcePerformance(log, waiting, grid, 'role'),
        cases: { count: log.caseIds.length, throughput: summarize(throughput) },
        wip: workInProgress(log, grid),
        risingSteps: bySlope(activities, (row) => row.waitingTrend),
        growingQueues: bySlope(resources, (row) => row.queueTrend),
        sla,
    };
}
