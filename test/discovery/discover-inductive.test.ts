import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discoverInductive, mineProcessTree } from '../../src/discovery/discover-inductive.js';
import { flower } from '../../src/discovery/inductive/fall-throughs.js';
import { canonicalTree, treeToString, type ProcessTree } from '../../src/discovery/process-tree.js';
import { logFromTraces } from '../../src/log/log-from-rows.js';
import { treeAccepts } from '../helpers/tree-language.js';

function mine(traces: string[][], noise = 0) {
  return discoverInductive(logFromTraces(traces), { noise });
}

/** Mines traces directly (an event log cannot hold an empty trace; the miner's sub-logs can). */
function mineTraces(traces: string[][], noise = 0) {
  const names = [...new Set(traces.flat())];
  return mineProcessTree(
    names,
    traces.map((t) => Int32Array.from(t, (x) => names.indexOf(x))),
    traces.map(() => 1),
    { noise },
  );
}

function labels(tree: ProcessTree): string[] {
  return tree.operator === null ? (tree.label === null ? [] : [tree.label]) : tree.children.flatMap(labels);
}

describe('inductive miner: cuts (hand-checked)', () => {
  it('exclusive choice: disconnected DFG components', () => {
    const result = mine([['a'], ['b'], ['a']]);
    expect(canonicalTree(result.tree)).toBe('X("a","b")');
    expect(result.steps).toEqual({ xor: 1 });
  });

  it('sequence: one-way reachability orders the groups', () => {
    expect(treeToString(mine([['a', 'b', 'c']]).tree)).toBe("->( 'a', 'b', 'c' )");
  });

  it('parallel: both orders observed, each side with a start and an end', () => {
    const result = mine([['a', 'b'], ['b', 'a']]);
    expect(canonicalTree(result.tree)).toBe('+("a","b")');
    expect(result.steps.parallel).toBe(1);
  });

  it('loop: start/end activities as the body, the rest as redo', () => {
    expect(treeToString(mine([['a'], ['a', 'b', 'a'], ['a', 'b', 'a', 'b', 'a']]).tree)).toBe("*( 'a', 'b' )");
  });

  it('empty traces become a skip', () => {
    const result = mineTraces([['a', 'b'], []]);
    expect(canonicalTree(result.tree)).toBe('X(->("a","b"),tau)');
    expect(mineTraces([[]]).tree).toEqual({ operator: null, label: null });
  });
});

describe('inductive miner: fall-throughs (hand-checked)', () => {
  it('strict tau loop: a start after an end restarts the body', () => {
    const result = mine([['a', 'b'], ['a', 'b', 'a', 'b']]);
    expect(treeToString(result.tree)).toBe("*( ->( 'a', 'b' ), tau )");
    expect(result.steps['strict-tau-loop']).toBe(1);
  });

  it('activity once per trace: that activity in parallel with the rest', () => {
    // One strongly connected DFG, no cut; b and c occur once in every trace (b first by name), then c, then a loop.
    const result = mine([['a', 'b', 'c', 'a'], ['c', 'a', 'b']]);
    expect(canonicalTree(result.tree)).toBe('+("b","c",*("a",tau))');
    expect(result.steps['activity-once-per-trace']).toBe(2);
  });

  it('tau loop inside a sequence, with an optional step', () => {
    const result = mine([['a', 'b', 'a', 'b', 'c'], ['a', 'c']]);
    expect(treeToString(result.tree)).toBe("->( *( ->( 'a', X( tau, 'b' ) ), tau ), 'c' )");
  });

  it('flower model: a loop over each activity with a silent redo', () => {
    const [body, redo] = flower({ traces: [Int32Array.of(2, 0, 1)], counts: [1] }, { names: ['x', 'y', 'z'], rank: Int32Array.of(0, 1, 2) });
    expect(body?.traces.map((t) => [...t])).toEqual([[0], [1], [2]]);
    expect(redo?.traces).toEqual([]);
  });
});

describe('inductive miner: IMf', () => {
  it('filters infrequent directly-follows edges when no cut exists', () => {
    // The rare b → a makes {a, b} one strongly connected part with no cut; IMf drops b → a (1 ≤ 0.2 × 31) and finds
    // a → b. Splitting `a b a b` at the cheapest point leaves `b b` for b's side, hence a loop on b (as PM4Py).
    const traces = [...Array.from({ length: 30 }, () => ['a', 'b', 'c']), ['a', 'b', 'a', 'b', 'c']];
    expect(treeToString(mine(traces, 0.2).tree)).toBe("->( 'a', *( 'b', tau ), 'c' )");
    // IM keeps every trace.
    const im = mine(traces).tree;
    for (const t of traces) expect(treeAccepts(im, t)).toBe(true);
  });

  it('drops rare empty traces below the threshold and keeps frequent ones', () => {
    const rare = [...Array.from({ length: 20 }, () => ['a']), []];
    expect(treeToString(mineTraces(rare, 0.2).tree)).toBe('a');
    expect(canonicalTree(mineTraces([['a'], []], 0.2).tree)).toBe('X("a",tau)');
  });

  it('rejects a noise threshold outside [0, 1)', () => {
    expect(() => mineProcessTree(['a'], [Int32Array.of(0)], [1], { noise: 1 })).toThrow(RangeError);
  });
});

describe('inductive miner: invariants on seeded random logs', () => {
  const trace = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { minLength: 0, maxLength: 8 });
  it('IM: every trace fits and every activity is one leaf', () => {
    fc.assert(
      fc.property(fc.array(trace, { minLength: 1, maxLength: 12 }), (traces) => {
        const tree = mineTraces(traces).tree;
        for (const t of traces) expect(treeAccepts(tree, t)).toBe(true);
        const leaves = labels(tree);
        expect(new Set(leaves).size).toBe(leaves.length);
        expect(new Set(leaves)).toEqual(new Set(traces.flat()));
      }),
      { seed: 20261128, numRuns: 150 },
    );
  });
  it('IMf: leaves are distinct activities of the log', () => {
    fc.assert(
      fc.property(fc.array(trace, { minLength: 1, maxLength: 12 }), fc.double({ min: 0.05, max: 0.9, noNaN: true }), (traces, noise) => {
        const leaves = labels(mineTraces(traces, noise).tree);
        expect(new Set(leaves).size).toBe(leaves.length);
        for (const leaf of leaves) expect(traces.flat()).toContain(leaf);
      }),
      { seed: 7, numRuns: 150 },
    );
  });
});
