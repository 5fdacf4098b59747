/** `->` sequence, `X` exclusive choice, `+` parallel, `*` loop (do, redo...), as PM4Py prints them. */
export type TreeOperator = '->' | 'X' | '+' | '*';
/** A process tree: an operator node with children, an activity leaf, or a silent leaf (`label: null`). */
export type ProcessTree = {
    readonly operator: TreeOperator;
    readonly children: readonly ProcessTree[];
} | {
    readonly operator: null;
    readonly label: string | null;
};
/** A silent step. */
export declare const TAU: ProcessTree;
/** An activity leaf. */
export declare function leaf(label: string): ProcessTree;
/** An operator node. */
export declare function node(operator: TreeOperator, children: readonly ProcessTree[]): ProcessTree;
/** True for a silent leaf. */
export declare function isTau(tree: ProcessTree): boolean;
/**
 * The tree as PM4Py prints it (`ProcessTree.__str__`), e.g. `->( 'a', X( 'b', tau ) )`. Labels are quoted as they
 * are (PM4Py does not escape quotes either). O(size).
 */
export declare function treeToString(tree: ProcessTree): string;
/** JSON form: `{ "operator": "->", "children": [...] }`, `{ "label": "a" }` or `{ "label": null }` for tau. */
export type ProcessTreeJson = {
    operator: TreeOperator;
    children: ProcessTreeJson[];
} | {
    label: string | null;
};
/** The JSON form of `tree`. O(size). */
export declare function treeToJson(tree: ProcessTree): ProcessTreeJson;
/**
 * A canonical string: children of `X` and `+` sorted (their order carries no meaning), and the redo children of a
 * `*` with several (a choice among them, so their order carries no meaning either); sequences and loop bodies kept.
 * Two trees with the same canonical string have the same language. O(size · log size).
 */
export declare function canonicalTree(tree: ProcessTree): string;
/** Activity leaves, silent leaves and operator nodes of `tree`. O(size). */
export declare function treeStats(tree: ProcessTree): {
    activities: number;
    taus: number;
    operators: number;
};
/**
 * PM4Py's `fold` and `reduce_tau_leafs`: drop operators with no or one child, silent children of `->` and `+`, all but
 * one silent child of `X`, a `*` whose children are all silent, and flatten `->`, `X`, `+` nested in the same operator.
 * Repeats until nothing changes. O(size) per pass.
 */
export declare function foldTree(tree: ProcessTree): ProcessTree;
/**
 * PM4Py's `tree_sort`: children of `X` and `+` ordered by the sum of the MD5 values of the labels below them, so
 * the printed tree is PM4Py's exactly. O(size · log size).
 */
export declare function sortTree(tree: ProcessTree): ProcessTree;
