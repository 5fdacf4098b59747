// segregation-of-duties: the requester approves their own case, or one person signs both steps of a four-eyes pair.
import { NONE } from '../../log/dictionary.js';
import { APPROVE } from '../decision-kinds.js';
import { casesText, faNumber } from '../finding.js';
import { caseIdsOf, caseShare } from './rule.js';
/**
 * One finding per step the requester approved in their own case, and one per `fourEyes` pair signed by the same
 * person in a case. A control breach, so always severity high. O(signatures).
 */
export const segregationOfDuties = {
    id: 'segregation-of-duties',
    describe: 'the requester approving their own case, or one person signing both steps of a four-eyes pair',
    check(context, options) {
        const { signatures, log } = context;
        const findings = [];
        const own = new Map();
        const { caseStart, requester: requesters, kind, event } = signatures;
        const { resource } = log;
        for (let c = 0; c + 1 < caseStart.length; c++) {
            const requester = requesters[c];
            if (requester === NONE)
                continue;
            const to = caseStart[c + 1];
            for (let i = caseStart[c]; i < to; i++) {
                if (kind[i] !== APPROVE || resource[event[i]] !== requester)
                    continue;
                const s = signatures.step[i];
                const set = own.get(s) ?? new Set();
                set.add(c);
                own.set(s, set);
            }
        }
        for (const [s, set] of own) {
            const name = signatures.stepNames[s] ?? '';
            const cases = caseIdsOf(context, set);
            findings.push({
                id: `segregation-of-duties:requester:${name}`,
                type: 'segregation-of-duties',
                severity: 'high',
                activities: [name],
                cases,
                metrics: { cases: cases.length, impact: caseShare(context, cases.length) },
                message: options.lang === 'fa'
                    ? `در ${faNumber(cases.length)} پرونده متقاضی خودش «${name}» را تایید کرده است.`
                    : `In ${casesText(cases.length)} the requester approved “${name}” of their own case.`,
            });
        }
        for (const [first, second] of options.fourEyes) {
            const a = signatures.stepNames.indexOf(first);
            const b = signatures.stepNames.indexOf(second);
            if (a < 0 || b < 0)
                continue;
            const set = [];
            const signersOfA = new Set();
            for (let c = 0; c + 1 < signatures.caseStart.length; c++) {
                signersOfA.clear();
                const from = signatures.caseStart[c];
                const to = signatures.caseStart[c + 1];
                for (let i = from; i < to; i++)
                    if (signatures.step[i] === a)
                        signersOfA.add(log.resource[signatures.event[i]]);
                signersOfA.delete(NONE);
                for (let i = from; i < to && set[set.length - 1] !== c; i++) {
                    if (signatures.step[i] === b && signersOfA.has(log.resource[signatures.event[i]]))
                        set.push(c);
                }
            }
            if (set.length === 0)
                continue;
            const cases = caseIdsOf(context, set);
            findings.push({
                id: `segregation-of-duties:four-eyes:${first}|${second}`,
                type: 'segregation-of-duties',
                severity: 'high',
                activities: [second, first],
                cases,
                metrics: { cases: cases.length, impact: caseShare(context, cases.length) },
                message: options.lang === 'fa'
                    ? `در ${faNumber(cases.length)} پرونده «${first}» و «${second}» را یک نفر امضا کرده است، برخلاف قاعده چهار چشم.`
                    : `In ${casesText(cases.length)} one person signed both “${first}” and “${second}”, breaking the four-eyes rule.`,
            });
        }
        return findings;
    },
};
