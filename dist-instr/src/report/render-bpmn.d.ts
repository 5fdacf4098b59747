import type { ProcessTree } from '../discovery/process-tree.js';
/**
 * The tree as a BPMN 2.0 definitions document with one process and its diagram. O(size).
 */
export declare function renderBpmn(tree: ProcessTree, name?: string): string;
