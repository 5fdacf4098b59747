// Process trees (Leemans): block-structured models whose inner nodes are operators (sequence, exclusive choice,
// parallel, loop) and whose leaves are activities or silent steps (tau). The inductive miner's output; its text form is
// PM4Py's, so our trees can be compared with PM4Py's character for character.
import { createHash } from 'node:crypto';
/** A silent step. */
export const TAU = Object.freeze({ operator: null, label: null });
/** An activity leaf. */
export function leaf(label) {
    return { operator: null, label };
}
/** An operator node. */
export function node(operator, children) {
    return { operator, children };
}
/** True for a silent leaf. */
export function isTau(tree) {
    return tree.operator === null && tree.label === null;
}
/**
 * The tree as PM4Py prints it (`ProcessTree.__str__`), e.g. `->( 'a', X( 'b', tau ) )`. Labels are quoted as they
 * are (PM4Py does not escape quotes either). O(size).
 */
export function treeToString(tree) {
    if (tree.operator === null)
        return tree.label === null ? 'tau' : tree.label;
    const parts = tree.children.map((child) => (child.operator === null && child.label !== null ? `'${child.label}'` : treeToString(child)));
    return `${tree.operator}( ${parts.join(', ')} )`;
}
/** The JSON form of `tree`. O(size). */
export function treeToJson(tree) {
    if (tree.operator === null)
        return { label: tree.label };
    return { operator: tree.operator, children: tree.children.map(treeToJson) };
}
/**
 * A canonical string: children of `X` and `+` sorted (their order carries no meaning), and the redo children of a
 * `*` with several (a choice among them, so their order carries no meaning either); sequences and loop bodies kept.
 * Two trees with the same canonical string have the same language. O(size · log size).
 */
export function canonicalTree(tree) {
    if (tree.operator === null)
        return tree.label === null ? 'tau' : JSON.stringify(tree.label);
    const parts = tree.children.map(canonicalTree);
    if (tree.operator === 'X' || tree.operator === '+')
        parts.sort();
    if (tree.operator === '*')
        parts.splice(1, parts.length - 1, ...parts.slice(1).sort());
    return `${tree.operator}(${parts.join(',')})`;
}
/** Activity leaves, silent leaves and operator nodes of `tree`. O(size). */
export function treeStats(tree) {
    if (tree.operator === null)
        return tree.label === null ? { activities: 0, taus: 1, operators: 0 } : { activities: 1, taus: 0, operators: 0 };
    const stats = { activities: 0, taus: 0, operators: 1 };
    for (const child of tree.children) {
        const s = treeStats(child);
        stats.activities += s.activities;
        stats.taus += s.taus;
        stats.operators += s.operators;
    }
    return stats;
}
/**
 * PM4Py's `fold` and `reduce_tau_leafs`: drop operators with no or one child, silent children of `->` and `+`, all but
 * one silent child of `X`, a `*` whose children are all silent, and flatten `->`, `X`, `+` nested in the same operator.
 * Repeats until nothing changes. O(size) per pass.
 */
export function foldTree(tree) {
    let current = tree;
    for (;;) {
        const next = foldOnce(current) ?? TAU;
        if (treeToString(next) === treeToString(current))
            return next;
        current = next;
    }
}
function reduceTaus(operator, children) {
    const silent = children.filter(isTau).length;
    if (silent === 0)
        return [...children];
    if (silent === children.length) {
        // All silent: keep one (a skip may still matter to the parent); a loop of taus becomes one tau.
        return [TAU];
    }
    if (operator === '->' || operator === '+')
        return children.filter((c) => !isTau(c));
    if (operator === 'X') {
        let kept = false;
        return children.filter((c) => {
            if (!isTau(c))
                return true;
            if (kept)
                return false;
            kept = true;
            return true;
        });
    }
    return [...children];
}
function foldOnce(tree) {
    if (tree.operator === null)
        return tree;
    let children = reduceTaus(tree.operator, tree.children.map((c) => foldOnce(c)).filter((c) => c !== null));
    if (children.length === 0)
        return null;
    if (children.length === 1)
        return children[0];
    const operator = tree.operator;
    if (operator === '->' || operator === '+') {
        children = children.filter((c) => !isTau(c));
        if (children.length === 0)
            return TAU;
        if (children.length === 1)
            return children[0];
    }
    if (operator !== '*') {
        const flat = [];
        for (const c of children) {
            if (c.operator === operator)
                flat.push(...c.children);
            else
                flat.push(c);
        }
        children = flat;
    }
    return node(operator, children);
}
/**
 * PM4Py's `tree_sort`: children of `X` and `+` ordered by the sum of the MD5 values of the labels below them, so
 * the printed tree is PM4Py's exactly. O(size · log size).
 */
export function sortTree(tree) {
    return sortWithHash(tree).tree;
}
function md5Value(label) {
    return BigInt(`0x${createHash('md5').update(label, 'utf8').digest('hex')}`);
}
function sortWithHash(tree) {
    if (tree.operator === null)
        return { tree, hash: tree.label === null ? 0n : md5Value(tree.label) };
    const sorted = tree.children.map(sortWithHash);
    let hash = 0n;
    for (const s of sorted)
        hash += s.hash;
    if (tree.operator === 'X' || tree.operator === '+')
        sorted.sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
    return { tree: node(tree.operator, sorted.map((s) => s.tree)), hash };
}
