// BPMN 2.0 XML of a process tree with diagram interchange (BPMNDI shapes and edges), so the model opens laid out in
// bpmn.io and Camunda Modeler. Labels are escaped; the document is UTF-8, so Persian names stay as they are.
import { escapeXml } from '../io/xes/escape-xml.js';
import { treeToBpmn } from './tree-to-bpmn.js';
function waypoints(flow, from, to) {
    const fy = from.y + from.height / 2;
    const ty = to.y + to.height / 2;
    if (flow.back) {
        // Loop back: leave from the bottom, run underneath both, enter from the bottom.
        const below = Math.max(from.y + from.height, to.y + to.height) + 30;
        return [
            [from.x + from.width / 2, from.y + from.height],
            [from.x + from.width / 2, below],
            [to.x + to.width / 2, below],
            [to.x + to.width / 2, to.y + to.height],
        ];
    }
    const sx = from.x + from.width;
    const tx = to.x;
    if (Math.abs(fy - ty) < 1)
        return [[sx, fy], [tx, ty]];
    const mid = Math.round((sx + tx) / 2);
    return [[sx, fy], [mid, fy], [mid, ty], [tx, ty]];
}
/**
 * The tree as a BPMN 2.0 definitions document with one process and its diagram. O(size).
 */
export function renderBpmn(tree, name = 'redtape inductive miner') {
    const { nodes, flows } = treeToBpmn(tree);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const incoming = new Map();
    const outgoing = new Map();
    for (const f of flows) {
        outgoing.set(f.source, [...(outgoing.get(f.source) ?? []), f.id]);
        incoming.set(f.target, [...(incoming.get(f.target) ?? []), f.id]);
    }
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" ' +
            'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" ' +
            'id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn" exporter="redtape" exporterVersion="0.1.0">',
        `  <bpmn:process id="Process_1" name="${escapeXml(name)}" isExecutable="false">`,
    ];
    for (const n of nodes) {
        const attributes = `id="${n.id}"${n.name === undefined ? '' : ` name="${escapeXml(n.name)}"`}`;
        const refs = [
            ...(incoming.get(n.id) ?? []).map((f) => `      <bpmn:incoming>${f}</bpmn:incoming>`),
            ...(outgoing.get(n.id) ?? []).map((f) => `      <bpmn:outgoing>${f}</bpmn:outgoing>`),
        ];
        lines.push(`    <bpmn:${n.kind} ${attributes}>`, ...refs, `    </bpmn:${n.kind}>`);
    }
    for (const f of flows)
        lines.push(`    <bpmn:sequenceFlow id="${f.id}" sourceRef="${f.source}" targetRef="${f.target}" />`);
    lines.push('  </bpmn:process>', '  <bpmndi:BPMNDiagram id="BPMNDiagram_1">', '    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Process_1">');
    for (const n of nodes) {
        const marker = n.kind === 'exclusiveGateway' ? ' isMarkerVisible="true"' : '';
        lines.push(`      <bpmndi:BPMNShape id="${n.id}_di" bpmnElement="${n.id}"${marker}>`, `        <dc:Bounds x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" />`, '      </bpmndi:BPMNShape>');
    }
    for (const f of flows) {
        const points = waypoints(f, byId.get(f.source), byId.get(f.target));
        lines.push(`      <bpmndi:BPMNEdge id="${f.id}_di" bpmnElement="${f.id}">`, ...points.map(([x, y]) => `        <di:waypoint x="${x}" y="${y}" />`), '      </bpmndi:BPMNEdge>');
    }
    lines.push('    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>', '</bpmn:definitions>', '');
    return lines.join('\n');
}
