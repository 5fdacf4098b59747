// The inductive miner against PM4Py 2.7.11.4 on the shared real logs (../shared/expected, never copied here): at
// noise 0 the same tree up to the order of choice/parallel/redo children, every trace fits, and the same Petri net
// size. At noise 0.2 PM4Py's IMf depends on iteration order, so there we check our own invariants and compare only
// where the trees agree.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { discoverInductive } from '../../src/discovery/discover-inductive.js';
import { canonicalTree, type ProcessTree } from '../../src/discovery/process-tree.js';
import { treeToPetriNet } from '../../src/discovery/tree-to-petri-net.js';
import { variantsOf } from '../../src/discovery/variants.js';
import { readLog } from '../../src/io/read-log.js';
import type { EventLog } from '../../src/log/event-log.js';
import { arcEnds, type PetriNet } from '../../src/model/petri-net.js';
import { SHARED, SHARED_PRESENT } from '../helpers/shared-data.js';
import { treeAccepts } from '../helpers/tree-language.js';

const present = SHARED_PRESENT && existsSync(join(SHARED, 'expected'));
if (!present) console.warn(`skipping inductive-miner agreement tests: ${join(SHARED, 'expected')} is absent`);

interface ExpectedRun {
  process_tree: string;
  petri_net: { places: number; transitions: number; visible_transitions: number; silent_transitions: number; arcs: number };
}

const LOGS: readonly [string, string][] = [
  ['running-example', 'synthetic-textbook/running-example.xes'],
  ['reviewing', 'synthetic-textbook/reviewing.xes'],
  ['wabo-receipt', 'wabo-receipt/Receipt_phase_of_an_environmental_permit_application_process_WABO_CoSeLoG_project.xes.gz'],
  ['sepsis', 'sepsis/Sepsis Cases - Event Log.xes.gz'],
  ['helpdesk', 'helpdesk/helpdesk.xes.gz'],
  ['road-traffic-fines', 'road-traffic-fines/Road_Traffic_Fine_Management_Process.xes.gz'],
  ['InternationalDeclarations', 'bpic2020/InternationalDeclarations.xes.gz'],
  ['BPIC_2017_W', 'bpic2017-workflow/BPIC_2017_W.csv.gz'],
];

/** PM4Py's printed tree parsed back (`->( 'a', X( tau, 'b' ) )`); labels contain no quotes in these logs. */
export function parsePm4pyTree(text: string): ProcessTree {
  let at = 0;
  const skip = (): void => {
    while (text[at] === ' ' || text[at] === ',') at++;
  };
  const parse = (): ProcessTree => {
    skip();
    if (text[at] === "'") {
      const end = text.indexOf("'", at + 1);
      const label = text.slice(at + 1, end);
      at = end + 1;
      return { operator: null, label };
    }
    if (text.startsWith('tau', at)) {
      at += 3;
      return { operator: null, label: null };
    }
    const operator = (['->', 'X', '+', '*'] as const).find((op) => text.startsWith(`${op}(`, at));
    if (operator === undefined) throw new Error(`cannot parse tree at ${at}: ${text.slice(at, at + 20)}`);
    at += operator.length + 1;
    const children: ProcessTree[] = [];
    for (;;) {
      skip();
      if (text[at] === ')') {
        at++;
        return { operator, children };
      }
      children.push(parse());
    }
  };
  return parse();
}

function labels(tree: ProcessTree): string[] {
  return tree.operator === null ? (tree.label === null ? [] : [tree.label]) : tree.children.flatMap(labels);
}

function sizes(net: PetriNet) {
  const silent = net.transitions.filter((t) => t.label === null).length;
  return { places: net.places.length, transitions: net.transitions.length, visible_transitions: net.transitions.length - silent, silent_transitions: silent, arcs: net.arcs.length };
}

/** A workflow net: one source without inputs, one sink without outputs, every node on a path from source to sink. */
function expectWorkflowNet(net: PetriNet): void {
  const next = new Map<string, string[]>();
  const previous = new Map<string, string[]>();
  for (const { source, target } of net.arcs.map((arc) => arcEnds(net, arc))) {
    next.set(source, [...(next.get(source) ?? []), target]);
    previous.set(target, [...(previous.get(target) ?? []), source]);
  }
  expect(previous.get('source')).toBeUndefined();
  expect(next.get('sink')).toBeUndefined();
  const reach = (from: string, edges: Map<string, string[]>): Set<string> => {
    const seen = new Set([from]);
    const stack = [from];
    while (stack.length > 0) {
      for (const n of edges.get(stack.pop() as string) ?? []) {
        if (seen.has(n)) continue;
        seen.add(n);
        stack.push(n);
      }
    }
    return seen;
  };
  const forward = reach('source', next);
  const backward = reach('sink', previous);
  for (const id of [...net.places.map((p) => p.id), ...net.transitions.map((t) => t.id)]) {
    expect(forward.has(id) && backward.has(id), id).toBe(true);
  }
}

describe.skipIf(!present).each(LOGS)('inductive miner vs PM4Py on %s', (name, file) => {
  let expected: Record<string, ExpectedRun>;
  let log: EventLog;
  beforeAll(async () => {
    const json = JSON.parse(readFileSync(join(SHARED, 'expected', `${name}.json`), 'utf8')) as { inductive: Record<string, ExpectedRun> };
    expected = json.inductive;
    log = (await readLog([join(SHARED, 'data', file)])).log;
  }, 120_000);

  it('noise 0: the same tree up to child order, the same Petri net size, and every trace fits', () => {
    const run = expected['noise_0.0'] as ExpectedRun;
    const { tree } = discoverInductive(log);
    expect(canonicalTree(tree)).toBe(canonicalTree(parsePm4pyTree(run.process_tree)));
    expect(sizes(treeToPetriNet(tree))).toEqual({
      places: run.petri_net.places,
      transitions: run.petri_net.transitions,
      visible_transitions: run.petri_net.visible_transitions,
      silent_transitions: run.petri_net.silent_transitions,
      arcs: run.petri_net.arcs,
    });
    const names = log.activities.names;
    for (const variant of variantsOf(log)) {
      const trace = Array.from(variant.activities, (id) => names[id] as string);
      expect(treeAccepts(tree, trace), trace.join(' → ')).toBe(true);
    }
  }, 120_000);

  it('noise 0.2 (IMf): distinct leaves from the log, a workflow net, and PM4Py’s net size where the trees agree', () => {
    const run = expected['noise_0.2'] as ExpectedRun;
    const { tree } = discoverInductive(log, { noise: 0.2 });
    const leaves = labels(tree);
    expect(new Set(leaves).size).toBe(leaves.length);
    const known = new Set(log.activities.names);
    for (const leaf of leaves) expect(known.has(leaf)).toBe(true);
    const net = treeToPetriNet(tree);
    expectWorkflowNet(net);
    if (canonicalTree(tree) === canonicalTree(parsePm4pyTree(run.process_tree))) {
      expect(sizes(net).places).toBe(run.petri_net.places);
      expect(sizes(net).arcs).toBe(run.petri_net.arcs);
    }
  }, 120_000);
});
