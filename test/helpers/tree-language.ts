// Process-tree language membership for tests: can `tree` produce exactly this activity sequence? Dynamic programming
// over trace positions, with a memo per (node, from, to). Parallel children are matched on the projection of the
// trace onto each child's alphabet, which is exact when children have disjoint alphabets (as inductive-miner trees do).

import type { ProcessTree } from '../../src/discovery/process-tree.js';

function alphabet(tree: ProcessTree, into: Set<string> = new Set()): Set<string> {
  if (tree.operator === null) {
    if (tree.label !== null) into.add(tree.label);
  } else for (const c of tree.children) alphabet(c, into);
  return into;
}

/** True when `trace` is in the language of `tree`. */
export function treeAccepts(tree: ProcessTree, trace: readonly string[]): boolean {
  const alphabets = new Map<ProcessTree, Set<string>>();
  const alpha = (t: ProcessTree): Set<string> => {
    let a = alphabets.get(t);
    if (!a) {
      a = alphabet(t);
      alphabets.set(t, a);
    }
    return a;
  };
  const run = (t: ProcessTree, word: readonly string[]): boolean => {
    const memo = new Map<ProcessTree, Map<number, boolean>>();
    const n = word.length;
    const match = (node: ProcessTree, i: number, j: number): boolean => {
      let table = memo.get(node);
      if (!table) {
        table = new Map();
        memo.set(node, table);
      }
      const key = i * (n + 1) + j;
      const known = table.get(key);
      if (known !== undefined) return known;
      table.set(key, false);
      const result = compute(node, i, j);
      table.set(key, result);
      return result;
    };
    const compute = (node: ProcessTree, i: number, j: number): boolean => {
      if (node.operator === null) return node.label === null ? i === j : j === i + 1 && word[i] === node.label;
      for (let k = i; k < j; k++) if (!alpha(node).has(word[k] as string)) return false;
      switch (node.operator) {
        case 'X': {
          if (i === j) return node.children.some((c) => match(c, i, i));
          const child = node.children.find((c) => alpha(c).has(word[i] as string));
          return child !== undefined && match(child, i, j);
        }
        case '->': {
          // Sibling alphabets are disjoint, so each event names its child and the segments follow.
          let at = i;
          for (const c of node.children) {
            const a = alpha(c);
            let end = at;
            while (end < j && a.has(word[end] as string)) end++;
            if (!match(c, at, end)) return false;
            at = end;
          }
          return at === j;
        }
        case '*': {
          const [body, ...redo] = node.children as [ProcessTree, ...ProcessTree[]];
          const bodyAlphabet = alpha(body);
          // Alternate body and redo executions; each piece stays within its child's alphabet.
          const afterBody = new Set<number>();
          const beforeBody = new Set<number>([i]);
          const queue: [number, boolean][] = [[i, true]];
          while (queue.length > 0) {
            const [at, isBody] = queue.pop() as [number, boolean];
            if (isBody) {
              let end = at;
              while (end < j && bodyAlphabet.has(word[end] as string)) end++;
              for (let to = at; to <= end; to++) {
                if (afterBody.has(to) || !match(body, at, to)) continue;
                afterBody.add(to);
                queue.push([to, false]);
              }
            } else {
              for (const r of redo) {
                const a = alpha(r);
                let end = at;
                while (end < j && a.has(word[end] as string)) end++;
                for (let to = at; to <= end; to++) {
                  if (beforeBody.has(to) || !match(r, at, to)) continue;
                  beforeBody.add(to);
                  queue.push([to, true]);
                }
              }
            }
          }
          return afterBody.has(j);
        }
        case '+': {
          const slice = word.slice(i, j);
          return node.children.every((c) => {
            const a = alpha(c);
            return run(c, slice.filter((x) => a.has(x)));
          });
        }
      }
    };
    return match(t, 0, n);
  };
  return run(tree, trace);
}
