// Converts a BPMN process (tasks, start and end events, exclusive, event-based and parallel gateways, intermediate
// events) into an accepting Petri net for token replay, in the usual workflow-net translation (Dijkman, Dumas,
// Ouyang 2008): one place per sequence flow, a visible transition per task, silent transitions for events and
// exclusive choices, one silent transition per parallel gateway. A translation between the two model types, so it
// sits with them in `src/model/`: the model reader (io/) and replay (conformance/) both use it.
import { UserError } from '../errors.js';
const ACTIVITIES = new Set(['task', 'userTask', 'serviceTask', 'manualTask', 'scriptTask', 'sendTask', 'receiveTask', 'businessRuleTask', 'subProcess', 'callActivity', 'transaction', 'adHocSubProcess']);
const PASS_THROUGH = new Set(['intermediateCatchEvent', 'intermediateThrowEvent']);
const CHOICE = new Set(['exclusiveGateway', 'eventBasedGateway']);
/**
 * The Petri net of `process`: a source place marked with one token feeds the start events, end events feed a sink
 * place (the final marking). Tasks with several incoming flows join them exclusively and split in parallel to their
 * outgoing flows (BPMN's implicit gateways). Inclusive and complex gateways are refused (their join needs more than a
 * Petri net's local state). O(nodes + flows).
 */
export function bpmnToPetri(process, file = '<bpmn>') {
    const places = [];
    const transitions = [];
    const arcs = [];
    const place = (id) => places.push({ id, name: id }) - 1;
    const transition = (id, label, inputs, outputs) => {
        const t = transitions.push({ id, label }) - 1;
        for (const p of inputs)
            arcs.push({ place: p, transition: t, toTransition: true, weight: 1 });
        for (const p of outputs)
            arcs.push({ place: p, transition: t, toTransition: false, weight: 1 });
    };
    const source = place('source');
    const sink = place('sink');
    const flowPlace = new Map();
    const incoming = new Map();
    const outgoing = new Map();
    const known = new Set(process.nodes.map((node) => node.id));
    for (const flow of process.flows) {
        if (!known.has(flow.source) || !known.has(flow.target)) {
            throw new UserError(`sequence flow ${flow.id} joins ${flow.source} and ${flow.target}, which are not both flow nodes of the process`, { file });
        }
        const p = place(flow.id);
        flowPlace.set(flow.id, p);
        incoming.set(flow.target, [...(incoming.get(flow.target) ?? []), p]);
        outgoing.set(flow.source, [...(outgoing.get(flow.source) ?? []), p]);
    }
    for (const node of process.nodes) {
        const ins = incoming.get(node.id) ?? [];
        const outs = outgoing.get(node.id) ?? [];
        if (node.kind === 'startEvent') {
            transition(node.id, null, [source], outs.length ? outs : [sink]);
        }
        else if (node.kind === 'endEvent') {
            if (ins.length === 0)
                continue;
            ins.forEach((p, i) => transition(`${node.id}_${i}`, null, [p], [sink]));
        }
        else if (ACTIVITIES.has(node.kind) || PASS_THROUGH.has(node.kind)) {
            const label = ACTIVITIES.has(node.kind) ? (node.name?.trim() || node.id) : null;
            let input = ins.length === 0 ? source : ins[0];
            if (ins.length > 1) {
                input = place(`${node.id}_join`);
                ins.forEach((p, i) => transition(`${node.id}_join_${i}`, null, [p], [input]));
            }
            transition(node.id, label, [input], outs.length ? outs : [sink]);
        }
        else if (CHOICE.has(node.kind)) {
            const hub = place(node.id);
            ins.forEach((p, i) => transition(`${node.id}_in_${i}`, null, [p], [hub]));
            if (ins.length === 0)
                transition(`${node.id}_in`, null, [source], [hub]);
            outs.forEach((p, i) => transition(`${node.id}_out_${i}`, null, [hub], [p]));
            if (outs.length === 0)
                transition(`${node.id}_out`, null, [hub], [sink]);
        }
        else if (node.kind === 'parallelGateway') {
            transition(node.id, null, ins.length ? ins : [source], outs.length ? outs : [sink]);
        }
        else {
            throw new UserError(`BPMN element ${node.kind} (${node.id}) is not supported for replay: use tasks, events, and exclusive, event-based or parallel gateways`, { file });
        }
    }
    if (!process.nodes.some((node) => node.kind === 'startEvent') && !process.nodes.some((node) => (incoming.get(node.id) ?? []).length === 0)) {
        throw new UserError('the process has no start event', { file });
    }
    return { places, transitions, arcs, initialMarking: new Map([[source, 1]]), finalMarking: new Map([[sink, 1]]) };
}
