// Reads a Petri net from PNML (ISO/IEC 15909-2), as PM4Py, ProM and `redtape map --format pnml` write it: places with
// initial markings, transitions (silent when the ProM tool-specific marker says `$invisible$`), weighted arcs and
// PM4Py's <finalmarkings>. Streamed through saxes; a DOCTYPE is refused, so no entity is expanded or file read.
import { readFileSync } from 'node:fs';
import { UserError } from '../../errors.js';
import { attributeOf, localName, safeXmlParser } from '../safe-xml.js';
/**
 * Parses PNML text into a {@link PetriNet}. Only the first <net> is read. Without an initial (final) marking in the
 * file, the places without input (output) arcs get one token, as PM4Py's importer does. Throws UserError with the
 * file and line on malformed input. O(size of the file).
 */
export function parsePnml(text, file = '<pnml>') {
    const { parser, fail } = safeXmlParser(file, 'PNML');
    const stack = [];
    const places = [];
    const transitions = [];
    const arcs = [];
    const initial = new Map();
    const final = new Map();
    let nets = 0;
    let current;
    let arc;
    let finalPlace;
    let buffer = '';
    parser.on('opentag', (tag) => {
        const name = localName(tag.name);
        const attribute = (key) => attributeOf(tag, key);
        stack.push(name);
        buffer = '';
        if (name === 'net')
            nets++;
        if (nets !== 1)
            return;
        const inFinal = stack.includes('finalmarkings');
        if (name === 'place' && inFinal)
            finalPlace = attribute('idref') ?? fail('a final-marking place has no idref');
        else if (name === 'place' || name === 'transition') {
            current = { kind: name, id: attribute('id') ?? fail(`a ${name} has no id`), invisible: false };
        }
        else if (name === 'arc') {
            arc = { source: attribute('source') ?? fail('an arc has no source'), target: attribute('target') ?? fail('an arc has no target'), weight: 1, line: parser.line };
        }
        else if (name === 'toolspecific' && current?.kind === 'transition' && attribute('activity') === '$invisible$') {
            current.invisible = true;
        }
    });
    parser.on('text', (chunk) => {
        buffer += chunk;
    });
    parser.on('closetag', () => {
        const name = stack.pop();
        const parent = stack[stack.length - 1];
        const grandparent = stack[stack.length - 2];
        if (nets === 1) {
            const value = buffer.trim();
            if (name === 'text' && parent === 'name' && current && grandparent === current.kind)
                current.name = value;
            else if (name === 'text' && parent === 'initialMarking' && current)
                current.tokens = tokens(value);
            else if (name === 'text' && parent === 'inscription' && arc)
                arc.weight = tokens(value);
            else if (name === 'text' && parent === 'place' && finalPlace !== undefined)
                final.set(finalPlace, tokens(value));
            else if ((name === 'place' || name === 'transition') && current && stack.includes('finalmarkings') === false) {
                if (current.kind === 'place') {
                    places.push({ id: current.id, name: current.id });
                    if (current.tokens)
                        initial.set(current.id, current.tokens);
                }
                else {
                    transitions.push({ id: current.id, label: current.invisible ? null : (current.name ?? current.id), invisible: current.invisible });
                }
                current = undefined;
            }
            else if (name === 'place')
                finalPlace = undefined;
            else if (name === 'arc' && arc) {
                arcs.push(arc);
                arc = undefined;
            }
        }
        if (name === 'net')
            nets++;
        buffer = '';
    });
    function tokens(value) {
        const number = Number(value);
        if (!Number.isInteger(number) || number < 0)
            fail(`expected a whole number of tokens, found ${JSON.stringify(value)}`);
        return number;
    }
    parser.write(text).close();
    if (nets === 0)
        fail('no <net> element: is this a PNML file?');
    return assemble(places, transitions, arcs, initial, final, file);
}
function assemble(places, transitions, raw, initial, final, file) {
    const placeIndex = new Map(places.map((place, i) => [place.id, i]));
    const transitionIndex = new Map(transitions.map((transition, i) => [transition.id, i]));
    const arcs = raw.map((arc) => {
        const fromPlace = placeIndex.get(arc.source);
        const toTransition = transitionIndex.get(arc.target);
        if (fromPlace !== undefined && toTransition !== undefined)
            return { place: fromPlace, transition: toTransition, toTransition: true, weight: arc.weight };
        const fromTransition = transitionIndex.get(arc.source);
        const toPlace = placeIndex.get(arc.target);
        if (fromTransition !== undefined && toPlace !== undefined)
            return { place: toPlace, transition: fromTransition, toTransition: false, weight: arc.weight };
        throw new UserError(`arc ${arc.source} → ${arc.target} does not join a place and a transition of the net`, { file, line: arc.line });
    });
    const marking = (given, fallback) => {
        const result = new Map();
        for (const [id, count] of given) {
            const place = placeIndex.get(id);
            if (place === undefined)
                throw new UserError(`the marking names place ${JSON.stringify(id)}, which the net does not have`, { file });
            if (count > 0)
                result.set(place, count);
        }
        if (result.size === 0)
            places.forEach((_, place) => fallback(place) && result.set(place, 1));
        return result;
    };
    const hasInput = new Set(arcs.filter((arc) => !arc.toTransition).map((arc) => arc.place));
    const hasOutput = new Set(arcs.filter((arc) => arc.toTransition).map((arc) => arc.place));
    return {
        places,
        transitions: transitions.map(({ id, label }) => ({ id, label })),
        arcs,
        initialMarking: marking(initial, (place) => !hasInput.has(place)),
        finalMarking: marking(final, (place) => !hasOutput.has(place)),
    };
}
/** Reads a PNML file. */
export function readPnml(path) {
    return parsePnml(readFileSync(path, 'utf8'), path);
}
