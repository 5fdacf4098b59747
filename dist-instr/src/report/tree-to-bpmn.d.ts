import type { ProcessTree } from '../discovery/process-tree.js';
import type { BpmnFlow, BpmnNode, BpmnProcess } from '../model/bpmn.js';
/** The flow-node kinds a tree needs. */
export type BpmnShapeKind = 'startEvent' | 'endEvent' | 'task' | 'exclusiveGateway' | 'parallelGateway';
/** A BPMN flow node with its bounds. */
export interface BpmnShape extends BpmnNode {
    readonly kind: BpmnShapeKind;
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
}
/** A sequence flow; `back` marks the return edge of a loop (drawn underneath). */
export interface BpmnEdge extends BpmnFlow {
    readonly back: boolean;
}
/** A laid-out BPMN process: the shared process type with bounds on its nodes. */
export type BpmnDiagram = BpmnProcess<BpmnShape, BpmnEdge>;
/**
 * The BPMN graph of `tree`: `X` and `+` become split/join gateway pairs, `*` an exclusive join before the body and an
 * exclusive split after it whose redo branches flow back, silent steps become plain flows. Layout: each node's column
 * is its longest forward path from the start, rows in order of creation within a column. O(size).
 */
export declare function treeToBpmn(tree: ProcessTree): BpmnDiagram;
