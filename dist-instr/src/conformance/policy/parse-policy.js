// Reads a policy written by an auditor (YAML, or JSON, which YAML 1.2 reads too) and validates it, pointing at the
// file, line and key of any mistake: a policy that silently means something else than written is worse than none.
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { UserError } from '../../errors.js';
import { normalizeLabel } from '../../log/normalize-label.js';
import { parseDuration } from '../../performance/duration.js';
import { RULE_KINDS, SEVERITIES } from './policy.js';
const COMMON_KEYS = ['id', 'severity', 'description'];
const TOP_KEYS = ['rules', 'name', 'description'];
const PAIR_KINDS = new Set(['precedence', 'response', 'succession', 'chain-response']);
/** Locates nodes in the source text and raises errors there. */
class Locator {
    file;
    lines;
    constructor(file, lines) {
        this.file = file;
        this.lines = lines;
    }
    fail(node, message) {
        const target = node && 'key' in node && !('range' in node) ? node.key : node;
        const offset = target?.range?.[0];
        if (offset === undefined)
            throw new UserError(message, { file: this.file });
        const { line, col } = this.lines.linePos(offset);
        throw new UserError(message, { file: this.file, line, column: col });
    }
    line(node) {
        const offset = node?.range?.[0];
        return offset === undefined ? 0 : this.lines.linePos(offset).line;
    }
}
function keyOf(pair) {
    return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}
/** Closest candidate by edit distance, for "did you mean". O(k · m · n). */
function closest(word, candidates) {
    let best;
    let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const candidate of candidates) {
        const previous = Array.from({ length: candidate.length + 1 }, (_, j) => j);
        for (let i = 1; i <= word.length; i++) {
            let diagonal = previous[0];
            previous[0] = i;
            for (let j = 1; j <= candidate.length; j++) {
                const above = previous[j];
                previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (word[i - 1] === candidate[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        const distance = previous[candidate.length];
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}
function hint(word, candidates) {
    const guess = closest(word, candidates);
    return guess ? ` (did you mean ${guess}?)` : '';
}
/** Validates one rule item; `position` is 1-based. */
function parseRule(item, position, at) {
    if (!isMap(item))
        at.fail(item, `rule ${position}: expected a mapping such as "required: [Step]", found ${describe(item)}`);
    const map = item;
    const kinds = [];
    for (const pair of map.items) {
        const key = keyOf(pair);
        if (RULE_KINDS.includes(key))
            kinds.push(pair);
        else if (!COMMON_KEYS.includes(key)) {
            at.fail(pair.key, `rule ${position}: unknown key "${key}"${hint(key, [...RULE_KINDS, ...COMMON_KEYS])}: a rule has one kind (${RULE_KINDS.join(', ')}) and optionally id, severity, description`);
        }
    }
    if (kinds.length === 0)
        at.fail(map, `rule ${position}: no rule kind: use one of ${RULE_KINDS.join(', ')}`);
    if (kinds.length > 1)
        at.fail(kinds[1], `rule ${position}: more than one rule kind (${kinds.map(keyOf).join(', ')}): write one rule per item`);
    const kindPair = kinds[0];
    const kind = keyOf(kindPair);
    const where = `rule ${position} (${kind})`;
    const idNode = map.get('id', true);
    const severityNode = map.get('severity', true);
    const descriptionNode = map.get('description', true);
    const id = idNode === undefined ? `${kind}-${position}` : text(idNode, `${where}: id`, at);
    let severity = 'medium';
    if (severityNode !== undefined) {
        const value = text(severityNode, `${where}: severity`, at).toLowerCase();
        if (!SEVERITIES.includes(value))
            at.fail(severityNode, `${where}: severity "${value}" is not one of ${SEVERITIES.join(', ')}`);
        severity = value;
    }
    const base = {
        id,
        severity,
        line: at.line(kindPair.key),
        ...(descriptionNode !== undefined ? { description: text(descriptionNode, `${where}: description`, at) } : {}),
    };
    const value = kindPair.value;
    if (value === null || value === undefined)
        at.fail(kindPair, `${where}: "${kind}" has no value`);
    switch (kind) {
        case 'required':
        case 'forbidden':
        case 'first':
        case 'last':
        case 'requester-may-not-sign':
            return { ...base, kind, steps: stepList(value, `${where}`, at) };
        case 'not-together':
        case 'four-eyes': {
            const steps = stepList(value, where, at);
            if (steps.length !== 2 || !isSeq(value))
                at.fail(value, `${where}: expected a list of exactly two steps, e.g. ${kind}: [A, B]`);
            return { ...base, kind, a: steps[0], b: steps[1] };
        }
        case 'at-most': {
            const limits = entries(value, where, at, undefined).map(([key, node]) => {
                const max = isScalar(node) ? node.value : undefined;
                if (typeof max !== 'number' || !Number.isInteger(max) || max < 0)
                    at.fail(node, `${where}: the limit of "${key}" must be a whole number ≥ 0, found ${describe(node)}`);
                return { step: normalizeLabel(key), max };
            });
            if (limits.length === 0)
                at.fail(value, `${where}: expected at least one "step: n" entry`);
            return { ...base, kind, limits };
        }
        case 'within': {
            const fields = new Map(entries(value, where, at, ['from', 'to', 'max']));
            for (const field of ['from', 'to', 'max'])
                if (!fields.has(field))
                    at.fail(value, `${where}: missing key "${field}" (write {from: A, to: B, max: 10wd})`);
            return {
                ...base,
                kind,
                from: step(fields.get('from'), `${where}: from`, at),
                to: step(fields.get('to'), `${where}: to`, at),
                max: duration(fields.get('max'), `${where}: max`, at),
            };
        }
        case 'case-within':
            return { ...base, kind, max: duration(value, where, at) };
        default: {
            // precedence, response, succession, chain-response: {before|if: A, then: B}
            if (!PAIR_KINDS.has(kind))
                throw new Error(`unhandled rule kind ${kind}`);
            const fields = new Map(entries(value, where, at, ['before', 'if', 'then']));
            const first = kind === 'precedence' || kind === 'succession' ? 'before' : 'if';
            if (fields.has('before') && fields.has('if'))
                at.fail(value, `${where}: give "before" or "if", not both`);
            const a = fields.get('before') ?? fields.get('if');
            if (a === undefined || !fields.has('then'))
                at.fail(value, `${where}: expected {${first}: A, then: B}`);
            return { ...base, kind: kind, a: step(a, `${where}: ${first}`, at), b: step(fields.get('then'), `${where}: then`, at) };
        }
    }
}
function describe(node) {
    if (isMap(node))
        return 'a mapping';
    if (isSeq(node))
        return 'a list';
    if (isScalar(node))
        return node.value === null ? 'nothing' : `${typeof node.value} ${JSON.stringify(node.value)}`;
    return 'nothing';
}
/** A scalar string (numbers are accepted and written as text: a step may be called 2). */
function text(node, what, at) {
    if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number') || String(node.value).trim() === '') {
        at.fail(node, `${what}: expected text, found ${describe(node)}`);
    }
    return String(node.value).trim();
}
function step(node, what, at) {
    return normalizeLabel(text(node, what, at));
}
function stepList(node, what, at) {
    if (isScalar(node))
        return [step(node, what, at)];
    if (!isSeq(node))
        at.fail(node, `${what}: expected a step or a list of steps, found ${describe(node)}`);
    const steps = node.items.map((item) => step(item, `${what}: step`, at));
    if (steps.length === 0)
        at.fail(node, `${what}: the list of steps is empty`);
    return steps;
}
/** Key/value entries of a mapping; with `allowed`, any other key is an error. */
function entries(node, what, at, allowed) {
    if (!isMap(node))
        at.fail(node, `${what}: expected a mapping, found ${describe(node)}`);
    return node.items.map((pair) => {
        const key = keyOf(pair);
        if (allowed && !allowed.includes(key))
            at.fail(pair.key, `${what}: unknown key "${key}"${hint(key, allowed)}: use ${allowed.join(', ')}`);
        return [key, pair.value];
    });
}
function duration(node, what, at) {
    const value = text(node, what, at);
    try {
        return parseDuration(value);
    }
    catch (error) {
        return at.fail(node, `${what}: ${error.message}`);
    }
}
/**
 * Parses and validates policy text. `file` names it in errors (`file:line:column: message`, naming the key).
 * Step names are normalized like log labels, so a policy typed with Arabic ي/ك matches a log with Persian ی/ک.
 * Throws {@link UserError} on the first mistake. O(size of the text).
 */
export function parsePolicy(source, file = '<policy>') {
    const lines = new LineCounter();
    const document = parseDocument(source, { lineCounter: lines, uniqueKeys: true });
    const at = new Locator(file, lines);
    const syntax = document.errors[0];
    if (syntax) {
        const position = syntax.linePos?.[0];
        throw new UserError(`not valid YAML or JSON: ${syntax.message.split(' at line ')[0]}`, { file, ...(position ? { line: position.line, column: position.col } : {}) });
    }
    const root = document.contents;
    if (!isMap(root))
        at.fail(root, 'a policy is a mapping with a "rules:" list');
    for (const pair of root.items) {
        const key = keyOf(pair);
        if (!TOP_KEYS.includes(key))
            at.fail(pair.key, `unknown key "${key}"${hint(key, TOP_KEYS)}: a policy has "rules:" (and optionally name, description)`);
    }
    const rules = root.get('rules', true);
    if (rules === undefined)
        at.fail(root, 'no "rules:" list');
    if (!isSeq(rules))
        at.fail(rules, `"rules" must be a list of rules, found ${describe(rules)}`);
    const parsed = rules.items.map((item, index) => parseRule(item, index + 1, at));
    const seen = new Map();
    parsed.forEach((rule, index) => {
        const earlier = seen.get(rule.id);
        if (earlier !== undefined)
            at.fail(rules.items[index], `rule ${index + 1}: id "${rule.id}" is already used by rule ${earlier}`);
        seen.set(rule.id, index + 1);
    });
    return { file, rules: parsed };
}
