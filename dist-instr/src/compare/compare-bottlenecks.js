// Where cases wait, in two periods: each step's rank by total waiting in OLD and NEW, how far it moved, its median
// and total waiting and share of all waiting before and after, and the steps that appeared or vanished.
import { mannWhitney } from '../performance/mann-whitney.js';
import { capped, delta } from './comparison.js';
function figures(row, rank) {
    return { rank, events: row.count, waitingMedian: row.waiting.median, waitingP90: row.waiting.p90, waitingTotal: row.waiting.total, shareOfWaiting: row.shareOfWaiting };
}
function ranked(rows) {
    return new Map(rows.map((row, i) => [row.name, figures(row, i + 1)]));
}
const total = (rows) => rows.reduce((sum, row) => sum + row.waiting.total, 0);
/**
 * Compares the step rankings of two bottleneck analyses (each ranked by total waiting, as `analyzeBottlenecks`
 * returns them). Persisting steps are listed by NEW's rank, appearing by NEW's, vanishing by OLD's; each list keeps
 * `limit` rows and counts the rest. Given each period's waiting per step, every listed persisting step gets a
 * Mann–Whitney test of its waiting. O(s) for s steps, plus O(n log n) for the tests.
 */
export function compareBottlenecks(before, after, limit, waiting) {
    const old = ranked(before);
    const now = ranked(after);
    const steps = [...now]
        .filter(([name]) => old.has(name))
        .map(([name, figuresNew]) => {
        const figuresOld = old.get(name);
        return {
            name,
            old: figuresOld,
            new: figuresNew,
            rankChange: figuresOld.rank - figuresNew.rank,
            waitingMedian: delta(figuresOld.waitingMedian, figuresNew.waitingMedian),
            waitingTotal: delta(figuresOld.waitingTotal, figuresNew.waitingTotal),
            shareOfWaiting: delta(figuresOld.shareOfWaiting, figuresNew.shareOfWaiting),
        };
    });
    const tested = (step) => {
        const oldWaiting = waiting?.old.get(step.name);
        const newWaiting = waiting?.new.get(step.name);
        return { ...step, waitingTest: oldWaiting && newWaiting ? mannWhitney(oldWaiting, newWaiting) : null };
    };
    const appearing = [...now].filter(([name]) => !old.has(name)).map(([name, figuresNew]) => ({ name, new: figuresNew }));
    const vanishing = [...old].filter(([name]) => !now.has(name)).map(([name, figuresOld]) => ({ name, old: figuresOld }));
    const shownSteps = capped(steps, limit);
    const shownAppearing = capped(appearing, limit);
    const shownVanishing = capped(vanishing, limit);
    return {
        totalWaiting: delta(total(before), total(after)),
        steps: shownSteps.shown.map(tested),
        moreSteps: shownSteps.more,
        appearing: shownAppearing.shown,
        moreAppearing: shownAppearing.more,
        vanishing: shownVanishing.shown,
        moreVanishing: shownVanishing.more,
    };
}
