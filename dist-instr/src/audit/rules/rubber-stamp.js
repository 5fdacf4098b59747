// rubber-stamp: a signing step that (almost) never rejects or returns, so its signature adds waiting but no control.
import { casesText, faNumber, messageDuration } from '../finding.js';
import { wilsonUpper } from '../statistics.js';
import { stepWaitingSummary } from '../summary-of.js';
import { caseIdsWithStep, caseShare } from './rule.js';
/**
 * Flags a step with zero rejections and returns in at least `minSupport` cases, or whose upper 95% Wilson bound on
 * the reject+return rate is below `maxRejectRate`; most of its decisions must be approvals. Severity: high when the
 * median waiting in front of it is at least one (working) day, else medium. O(steps), plus per finding the expected
 * O(signatures of the step) waiting summary and its case ids.
 */
export const rubberStamp = {
    id: 'rubber-stamp',
    describe: 'signing steps that (almost) never reject or return',
    check(context, options) {
        const { signatures, steps } = context;
        const findings = [];
        steps.forEach((stats, s) => {
            if (stats.signatures === 0 || stats.approvals * 2 <= stats.signatures)
                return;
            const bound = wilsonUpper(stats.negatives, stats.signatures);
            const flagged = (stats.negatives === 0 && stats.cases >= options.minSupport) || bound < options.maxRejectRate;
            if (!flagged)
                return;
            const name = signatures.stepNames[s] ?? '';
            const wait = stepWaitingSummary(context, s);
            const rejections = stats.negatives;
            const median = messageDuration(wait.median, context.dayLength, options.lang);
            findings.push({
                id: `rubber-stamp:${name}`,
                type: 'rubber-stamp',
                severity: wait.median >= context.dayLength ? 'high' : 'medium',
                activities: [name],
                cases: caseIdsWithStep(context, s),
                metrics: {
                    cases: stats.cases,
                    signatures: stats.signatures,
                    rejections,
                    rejectionBound: bound,
                    waitingMedian: wait.median,
                    waitingTotal: wait.total,
                    impact: caseShare(context, stats.cases),
                },
                message: options.lang === 'fa'
                    ? `«${name}» در ${faNumber(stats.cases)} پرونده ${rejections === 0 ? 'هیچ‌گاه' : `فقط ${faNumber(rejections)} بار`} رد یا برگشت نداده و هر بار میانه ${median} انتظار افزوده است.`
                    : `“${name}” rejected or returned ${rejections === 0 ? 'nothing' : `only ${rejections} times`} in ${casesText(stats.cases)}, yet adds a median ${median} of waiting.`,
            });
        });
        return findings;
    },
};
