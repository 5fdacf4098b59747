import { describe, expect, it } from 'vitest';
import { replayLog } from '../../../src/conformance/token-replay.js';
import { parseBpmn } from '../../../src/io/bpmn/read-bpmn.js';
import { logFromTraces } from '../../../src/log/log-from-rows.js';
import { bpmnToPetri } from '../../../src/model/bpmn-to-petri.js';

/** Submit → (Check or nothing) → Finance ∥ Legal → Approve, as bpmn.io writes it (diagram omitted). */
const PERMIT = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
  <bpmn:process id="permit" isExecutable="false">
    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:task id="submit" name="Submit"/>
    <bpmn:exclusiveGateway id="x1"/>
    <bpmn:userTask id="check" name="Check"/>
    <bpmn:exclusiveGateway id="x2"/>
    <bpmn:parallelGateway id="and1"/>
    <bpmn:task id="finance" name="Finance"/>
    <bpmn:task id="legal" name="Legal"/>
    <bpmn:parallelGateway id="and2"/>
    <bpmn:task id="approve" name="Approve"/>
    <bpmn:endEvent id="end"/>
    <bpmn:subProcess id="sub" name="Ignored inside"><bpmn:task id="inner" name="Inner"/></bpmn:subProcess>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="submit"/>
    <bpmn:sequenceFlow id="f2" sourceRef="submit" targetRef="x1"/>
    <bpmn:sequenceFlow id="f3" sourceRef="x1" targetRef="check"/>
    <bpmn:sequenceFlow id="f4" sourceRef="x1" targetRef="x2"/>
    <bpmn:sequenceFlow id="f5" sourceRef="check" targetRef="x2"/>
    <bpmn:sequenceFlow id="f6" sourceRef="x2" targetRef="and1"/>
    <bpmn:sequenceFlow id="f7" sourceRef="and1" targetRef="finance"/>
    <bpmn:sequenceFlow id="f8" sourceRef="and1" targetRef="legal"/>
    <bpmn:sequenceFlow id="f9" sourceRef="finance" targetRef="and2"/>
    <bpmn:sequenceFlow id="f10" sourceRef="legal" targetRef="and2"/>
    <bpmn:sequenceFlow id="f11" sourceRef="and2" targetRef="approve"/>
    <bpmn:sequenceFlow id="f12" sourceRef="approve" targetRef="end"/>
  </bpmn:process>
</bpmn:definitions>`;

describe('BPMN models', () => {
  it('reads the first process’s flow nodes and flows, not the inside of sub-processes', () => {
    const process = parseBpmn(PERMIT);
    expect(process.nodes.map((node) => node.id)).toEqual(['start', 'submit', 'x1', 'check', 'x2', 'and1', 'finance', 'legal', 'and2', 'approve', 'end', 'sub']);
    expect(process.flows).toHaveLength(12);
    expect(process.flows[0]).toEqual({ id: 'f1', source: 'start', target: 'submit' });
  });

  it('replays on the converted Petri net: choices, skips and parallel orders fit, a missing branch does not', () => {
    const process = parseBpmn(PERMIT);
    const net = bpmnToPetri({ nodes: process.nodes.filter((node) => node.id !== 'sub'), flows: process.flows });
    expect(net.transitions.filter((t) => t.label !== null).map((t) => t.label)).toEqual(['Submit', 'Check', 'Finance', 'Legal', 'Approve']);
    const log = logFromTraces([
      ['Submit', 'Check', 'Finance', 'Legal', 'Approve'],
      ['Submit', 'Legal', 'Finance', 'Approve'],
      ['Submit', 'Finance', 'Approve'],
    ]);
    const replay = replayLog(log, net);
    expect(replay.perCase.map((entry) => entry.fit)).toEqual([true, true, false]);
    expect(replay.perCase[0]?.fitness).toBe(1);
    expect(replay.perCase[1]?.fitness).toBe(1);
    // Case 3 skips Legal: Approve's input is missing (the parallel join never fired), Legal's input stays marked and
    // Finance's token waits at the join, in front of Approve.
    expect(replay.missingAt).toEqual([{ activity: 'Approve', cases: 1, events: 1 }]);
    expect(replay.remainingAt.map((entry) => entry.activities)).toEqual([['Legal'], ['Approve']]);
    expect(replay.perCase[2]).toMatchObject({ missing: 1, remaining: 2 });
  });

  it('refuses what it cannot translate, and DOCTYPEs', () => {
    const inclusive = parseBpmn('<definitions><process id="p"><startEvent id="s"/><inclusiveGateway id="o"/><sequenceFlow id="f" sourceRef="s" targetRef="o"/></process></definitions>');
    expect(() => bpmnToPetri(inclusive, 'm.bpmn')).toThrow(/inclusiveGateway \(o\) is not supported/);
    expect(() => parseBpmn('<!DOCTYPE x [<!ENTITY e "boom">]><definitions/>', 'm.bpmn')).toThrow(/DOCTYPE is refused/);
    expect(() => parseBpmn('<definitions/>', 'm.bpmn')).toThrow(/no <process> element/);
  });
});
