// The signatures of a log as one typed table, built once: which events are signatures, of which signing step, with
// which decision kind, grouped by case; and who requested each case. Every audit rule reads this table.
import { UserError } from '../errors.js';
import { NONE } from '../log/dictionary.js';
import { APPROVE, classifyDecision, decisionMap, OTHER } from './decision-kinds.js';
function compile(pattern, option) {
    try {
        return new RegExp(pattern, 'u');
    }
    catch (error) {
        throw new UserError(`${option}: invalid regular expression: ${error.message}`);
    }
}
/**
 * Step and decision read from a label: with `pattern`, its named groups `step` and `decision`; otherwise the first
 * word (or pair of words) of the label that is a known approve/reject/return word is the decision and the rest of the
 * label is the step (`Declaration APPROVED by SUPERVISOR` → `Declaration by SUPERVISOR`, approve;
 * `رد درخواست` → `درخواست`, reject). Null when the label carries no decision. O(words).
 */
export function splitLabel(label, words, pattern) {
    if (pattern) {
        const groups = pattern.exec(label)?.groups;
        if (!groups?.step || !groups.decision)
            return null;
        const kind = classifyDecision(groups.decision, words);
        return { step: groups.step.trim(), kind };
    }
    const tokens = label.split(' ');
    for (let i = 0; i < tokens.length; i++) {
        for (const width of [2, 1]) {
            if (i + width > tokens.length)
                continue;
            const kind = classifyDecision(tokens.slice(i, i + width).join(' '), words);
            if (kind === OTHER)
                continue;
            const rest = [...tokens.slice(0, i), ...tokens.slice(i + width)].join(' ').trim();
            return rest === '' ? null : { step: rest, kind };
        }
    }
    return null;
}
function requesterColumn(log, name) {
    const cases = log.caseIds.length;
    const requester = new Int32Array(cases).fill(NONE);
    const caseColumn = log.caseAttributes.find((column) => column.name === name);
    const eventColumn = log.eventAttributes.find((column) => column.name === name);
    if (!caseColumn && !eventColumn) {
        const known = [...log.caseAttributes, ...log.eventAttributes].map((column) => column.name);
        throw new UserError(`--requester: no column ${JSON.stringify(name)} in the log${known.length ? ` (columns: ${known.join(', ')})` : ''}`);
    }
    const column = (caseColumn ?? eventColumn);
    const asResource = column.values.names.map((value) => log.resources.idOf(value));
    for (let c = 0; c < cases; c++) {
        let id = NONE;
        if (caseColumn)
            id = caseColumn.ids[c] ?? NONE;
        else
            for (let e = log.caseStart[c]; e < log.caseStart[c + 1] && id === NONE; e++)
                id = column.ids[e] ?? NONE;
        requester[c] = id === NONE ? NONE : (asResource[id] ?? NONE);
    }
    return requester;
}
/**
 * Builds the signature table of `log`. By default every event with a decision value is a signature of its activity.
 * Labels and decision words are classified once per distinct value, so the pass over events is O(n).
 */
export function buildSignatureTable(log, options = {}) {
    const words = decisionMap(options.decisionWords);
    const activityCount = log.activities.size;
    // Step name per activity (null: not a signing step); step ids are given on first use, so every step has signatures.
    const candidate = new Array(activityCount).fill(null);
    const stepOfActivity = new Int32Array(activityCount).fill(NONE);
    const labelKind = new Int8Array(activityCount).fill(-1);
    const stepNames = [];
    const stepIds = new Map();
    const stepId = (a) => {
        const name = candidate[a];
        let id = stepIds.get(name);
        if (id === undefined) {
            id = stepNames.length;
            stepIds.set(name, id);
            stepNames.push(name);
        }
        stepOfActivity[a] = id;
        return id;
    };
    const fromLabel = options.decisionFromLabel === true || options.decisionPattern !== undefined;
    const pattern = options.decisionPattern !== undefined ? compile(options.decisionPattern, '--decision-pattern') : undefined;
    const selector = options.signatures !== undefined ? compile(options.signatures, '--signatures') : undefined;
    log.activities.names.forEach((name, a) => {
        if (fromLabel) {
            const split = splitLabel(name, words, pattern);
            if (split && (!selector || selector.test(split.step))) {
                candidate[a] = split.step;
                labelKind[a] = split.kind;
            }
        }
        else if (!selector || selector.test(name))
            candidate[a] = name;
    });
    const decisionKind = Uint8Array.from(log.decisions.names, (word) => classifyDecision(word, words));
    const signing = Uint8Array.from(candidate, (name) => (name === null ? 0 : 1));
    const { activity, decision, caseStart: eventStart } = log;
    const n = activity.length;
    const event = new Int32Array(n);
    const step = new Int32Array(n);
    const kind = new Uint8Array(n);
    const cases = log.caseIds.length;
    const caseStart = new Int32Array(cases + 1);
    let size = 0;
    for (let c = 0; c < cases; c++) {
        caseStart[c] = size;
        const to = eventStart[c + 1];
        for (let e = eventStart[c]; e < to; e++) {
            const a = activity[e];
            if (signing[a] === 0)
                continue;
            const d = decision[e];
            let k;
            if (fromLabel)
                k = labelKind[a];
            else if (d !== NONE)
                k = decisionKind[d];
            else if (selector)
                k = APPROVE;
            else
                continue;
            let s = stepOfActivity[a];
            if (s === NONE)
                s = stepId(a);
            event[size] = e;
            step[size] = s;
            kind[size] = k;
            size++;
        }
    }
    caseStart[cases] = size;
    let requester;
    if (options.requester !== undefined)
        requester = requesterColumn(log, options.requester);
    else {
        requester = new Int32Array(cases);
        for (let c = 0; c < cases; c++) {
            const first = log.caseStart[c];
            requester[c] = first < log.caseStart[c + 1] ? log.resource[first] : NONE;
        }
    }
    // Most events are signatures in approval logs: a view then saves copying the columns; a copy frees the rest.
    const trim = (column) => (size * 4 >= n * 3 ? column.subarray(0, size) : column.slice(0, size));
    return { stepNames, event: trim(event), step: trim(step), kind: trim(kind), caseStart, requester };
}
