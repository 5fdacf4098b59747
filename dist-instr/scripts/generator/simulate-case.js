// Simulates one permit case: the path it takes through the process (with the planted patterns), who signs each step,
// and when, in working time. Pure: everything random comes from the Prng passed in.
import { RATES, STEPS, SYSTEM_USER } from './permit-process.js';
import { addWorkMinutes } from './work-calendar.js';
/** The steps and decisions of one case, before people and times are assigned. */
function simulatePath(random, rates) {
    const path = [{ step: 'submit', decision: null }];
    const outcome = { path, returns: 0, reachedFire: false, skippedFire: false, archiveDuplicate: false };
    const sign = (step, rejectRate) => {
        const decision = random.chance(rejectRate) ? 'reject' : 'approve';
        path.push({ step, decision });
        return decision === 'approve';
    };
    if (!sign('documentCheck', rates.documentCheckReject))
        return outcome;
    for (;;) {
        const draw = random.next();
        const decision = draw < rates.legalReject ? 'reject' : outcome.returns < rates.maxLegalReturns && draw < rates.legalReject + rates.legalReturn ? 'return' : 'approve';
        path.push({ step: 'legalReview', decision });
        if (decision === 'reject')
            return outcome;
        if (decision === 'approve')
            break;
        outcome.returns++;
        path.push({ step: 'resubmit', decision: null });
    }
    // The optional step: skipped at random, independently of everything after it. It never rejects.
    outcome.reachedFire = true;
    outcome.skippedFire = random.chance(rates.fireSkip);
    if (!outcome.skippedFire)
        path.push({ step: 'fireOpinion', decision: 'approve' });
    const technical = random.chance(rates.technicalReject) ? 'reject' : 'approve';
    path.push({ step: 'technicalReview', decision: technical });
    // The implied signature: the committee always repeats the technical decision, rejections included.
    path.push({ step: 'committee', decision: technical });
    if (technical === 'reject')
        return outcome;
    const pair = [['finance', rates.financeReject], ['urbanPlanning', rates.urbanReject]];
    if (random.chance(0.5))
        pair.reverse();
    for (const [step, rate] of pair)
        if (!sign(step, rate))
            return outcome;
    path.push({ step: 'secretariat', decision: 'approve' });
    path.push({ step: 'archive', decision: 'approve' });
    outcome.archiveDuplicate = random.chance(rates.archiveDuplicate);
    if (outcome.archiveDuplicate)
        path.push({ step: 'archive', decision: 'approve' });
    if (!sign('districtManager', rates.districtManagerReject))
        return outcome;
    path.push({ step: 'permitIssued', decision: null });
    return outcome;
}
const SERVICE_MEDIAN = 12;
/**
 * Simulates a case submitted at `arrival` (epoch minutes, inside working hours): path, signers (with the planted
 * segregation-of-duties and same-person cases) and times, following the process as `change` reforms it (the same
 * random draws either way, so a reform changes only what it touches). O(events × working days waited).
 */
export function simulateCase(random, people, calendar, arrival, change = {}) {
    const rates = { ...RATES, ...change.rates };
    const { path, returns, reachedFire, skippedFire, archiveDuplicate } = simulatePath(random, rates);
    const lastDecision = path[path.length - 1]?.decision;
    const rejectedAt = lastDecision === 'reject' ? (path[path.length - 1]?.step ?? null) : null;
    if (rejectedAt)
        path.push({ step: 'rejected', decision: null });
    let requester = `c${String(1 + random.int(people.applicants)).padStart(6, '0')}`;
    const events = path.map(({ step, decision }) => ({
        step,
        decision,
        resource: STEPS[step].staff > 0 ? random.pick(people.staff[step]) : step === 'submit' || step === 'resubmit' ? '' : SYSTEM_USER,
        start: 0,
        end: 0,
    }));
    // Draw both choices for every case so the rest of the sequence does not depend on which cases are eligible.
    const sodDraw = random.next();
    const samePersonDraw = random.next();
    const pickA = random.next();
    const pickB = random.next();
    let sod = null;
    let samePerson = null;
    const approvals = events.filter((event) => event.decision === 'approve');
    if (sodDraw < rates.sod && approvals.length > 0) {
        const signed = approvals[Math.floor(pickA * approvals.length)];
        requester = signed.resource;
        sod = { step: signed.step, resource: signed.resource };
    }
    else if (samePersonDraw < rates.samePerson) {
        const signatures = events.filter((event) => event.decision !== null);
        const first = signatures[Math.floor(pickA * signatures.length)];
        const others = signatures.filter((event) => first && event.step !== first.step);
        const second = others[Math.floor(pickB * others.length)];
        if (first && second) {
            second.resource = first.resource;
            const inOrder = events.indexOf(first) < events.indexOf(second);
            samePerson = { steps: inOrder ? [first.step, second.step] : [second.step, first.step], resource: first.resource };
        }
    }
    let previous = arrival;
    events.forEach((event, i) => {
        if (event.resource === '')
            event.resource = requester;
        const spec = STEPS[event.step];
        const duplicateArchive = event.step === 'archive' && events[i - 1]?.step === 'archive';
        const wait = i === 0 ? 0 : Math.max(1, Math.round(random.logNormal(duplicateArchive ? 30 : (change.waitMedian?.[event.step] ?? spec.waitMedian), duplicateArchive ? 0.5 : spec.waitSigma)));
        const service = spec.staff > 0 || i === 0 ? Math.max(1, Math.round(random.logNormal(SERVICE_MEDIAN, 0.5))) : 0;
        event.start = i === 0 ? previous : addWorkMinutes(calendar, previous, wait);
        event.end = service > 0 ? addWorkMinutes(calendar, event.start, service) : event.start;
        previous = event.end;
    });
    return { requester, events, sod, samePerson, archiveDuplicate, returns, reachedFire, skippedFire, rejectedAt };
}
