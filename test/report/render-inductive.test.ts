import { describe, expect, it } from 'vitest';
import { mineProcessTree } from '../../src/discovery/discover-inductive.js';
import { leaf, node, TAU } from '../../src/discovery/process-tree.js';
import { treeToPetriNet } from '../../src/discovery/tree-to-petri-net.js';
import { replayLog } from '../../src/conformance/token-replay.js';
import { parseBpmn } from '../../src/io/bpmn/read-bpmn.js';
import { parsePnml } from '../../src/io/pnml/read-pnml.js';
import { logFromTraces } from '../../src/log/log-from-rows.js';
import { bpmnToPetri } from '../../src/model/bpmn-to-petri.js';
import { markedPlaceIds } from '../../src/model/petri-net.js';
import { renderBpmn } from '../../src/report/render-bpmn.js';
import { renderInductiveJson, renderInductiveText, renderPetriNetDot } from '../../src/report/render-inductive.js';
import { renderPnml } from '../../src/report/render-pnml.js';
import { treeToBpmn } from '../../src/report/tree-to-bpmn.js';
import { schemaErrors } from '../helpers/json-schema.js';

const hostile = `<script>alert("x")</script> & 'quote'`;
const persian = 'تایید کارشناس';
const tree = node('->', [leaf(persian), node('X', [TAU, leaf(hostile)]), node('*', [leaf('b'), TAU]), node('+', [leaf('c'), leaf('d')])]);

describe('tree to Petri net', () => {
  it('builds PM4Py’s net for a sequence of two activities: source, middle, sink', () => {
    const net = treeToPetriNet(node('->', [leaf('a'), leaf('b')]));
    expect(net.places.map((p) => p.id).sort()).toEqual(['p_3', 'sink', 'source']);
    expect(net.transitions.map((t) => t.label)).toEqual(['a', 'b']);
    expect(net.arcs).toHaveLength(4);
  });

  it('keeps one labelled transition per leaf and silent ones for the operators', () => {
    const net = treeToPetriNet(tree);
    expect(net.transitions.filter((t) => t.label !== null).map((t) => t.label).sort()).toEqual([hostile, 'b', 'c', 'd', persian].sort());
    expect(net.transitions.some((t) => t.label === null)).toBe(true);
    expect(markedPlaceIds(net, net.initialMarking)).toEqual(['source']);
    expect(markedPlaceIds(net, net.finalMarking)).toEqual(['sink']);
  });
});

describe('PNML', () => {
  const pnml = renderPnml(treeToPetriNet(tree));
  it('escapes labels and keeps Persian text', () => {
    expect(pnml).not.toContain('<script>');
    expect(pnml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quote&apos;');
    expect(pnml).toContain(persian);
  });
  it('marks silent transitions the way ProM and PM4Py read them, and writes both markings', () => {
    expect(pnml).toMatch(/<toolspecific tool="ProM" version="6.4" activity="\$invisible\$" localNodeID="[0-9a-f-]{36}"\/>/);
    expect(pnml).toContain('<place id="source"><name><text>source</text></name><initialMarking><text>1</text></initialMarking></place>');
    expect(pnml).toContain('<place idref="sink"><text>1</text></place>');
    const net = treeToPetriNet(tree);
    expect(pnml.match(/<arc /g)).toHaveLength(net.arcs.length);
    expect(pnml.match(/<transition /g)).toHaveLength(net.transitions.length);
  });
  it('reads back as the very net it was written from (one Petri-net type for mined and read models)', () => {
    expect(parsePnml(pnml)).toEqual(treeToPetriNet(tree));
  });
});

describe('BPMN', () => {
  const xml = renderBpmn(tree);
  it('escapes labels, keeps Persian text and declares UTF-8', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain(`name="${persian}"`);
  });
  it('has one shape per flow node and one edge per sequence flow, with gateways for choice, loop and parallel', () => {
    const model = treeToBpmn(tree);
    expect(model.nodes.filter((n) => n.kind === 'task')).toHaveLength(5);
    expect(model.nodes.filter((n) => n.kind === 'parallelGateway')).toHaveLength(2);
    expect(model.nodes.filter((n) => n.kind === 'exclusiveGateway')).toHaveLength(4);
    expect(model.flows.filter((f) => f.back)).toHaveLength(1);
    expect(xml.match(/<bpmndi:BPMNShape /g)).toHaveLength(model.nodes.length);
    expect(xml.match(/<bpmndi:BPMNEdge /g)).toHaveLength(model.flows.length);
    expect(xml.match(/<bpmn:sequenceFlow /g)).toHaveLength(model.flows.length);
  });
  it('reads back and replays the traces the tree allows with fitness 1', () => {
    const net = bpmnToPetri(parseBpmn(xml));
    const log = logFromTraces([
      [persian, 'b', 'c', 'd'],
      [persian, hostile, 'b', 'b', 'd', 'c'],
    ]);
    expect(replayLog(log, net).perCase.map((entry) => entry.fitness)).toEqual([1, 1]);
  });
  it('lays nodes out left to right along forward flows', () => {
    const model = treeToBpmn(tree);
    const byId = new Map(model.nodes.map((n) => [n.id, n]));
    for (const f of model.flows.filter((x) => !x.back)) {
      expect((byId.get(f.target)?.x ?? 0) + 1).toBeGreaterThan(byId.get(f.source)?.x ?? 0);
    }
  });
});

describe('inductive JSON, text and DOT', () => {
  const names = ['a', 'b'];
  const result = mineProcessTree(names, [Int32Array.of(0, 1), Int32Array.of(1, 0)], [2, 1]);
  it('JSON has the contracted keys and validates against the schema', () => {
    const json = JSON.parse(renderInductiveJson(result));
    expect(json.algorithm).toBe('inductive');
    expect(json.tree.operator).toBe('+');
    expect(Object.keys(json.petriNet)).toEqual(expect.arrayContaining(['places', 'transitions', 'arcs']));
    expect(schemaErrors('map-inductive', json)).toEqual([]);
  });
  it('text shows the tree in PM4Py notation', () => {
    expect(renderInductiveText(result)).toMatch(/\+\( '(a|b)', '(a|b)' \)/);
  });
  it('DOT quotes labels', () => {
    expect(renderPetriNetDot(treeToPetriNet(node('->', [leaf('say "hi"'), leaf('b')])))).toContain('label="say \\"hi\\""');
  });
});
