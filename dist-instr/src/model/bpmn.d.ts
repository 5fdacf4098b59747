/** A BPMN flow node: `kind` is the element's local name (`task`, `userTask`, `exclusiveGateway`, …). */
export interface BpmnNode {
    readonly id: string;
    readonly kind: string;
    /** The element's `name` attribute, when it has one. */
    readonly name?: string;
}
/** A sequence flow between two flow nodes (by id). */
export interface BpmnFlow {
    readonly id: string;
    readonly source: string;
    readonly target: string;
}
/** A process: its flow nodes and sequence flows, in document order. Writers may carry richer nodes and flows. */
export interface BpmnProcess<Node extends BpmnNode = BpmnNode, Flow extends BpmnFlow = BpmnFlow> {
    readonly nodes: readonly Node[];
    readonly flows: readonly Flow[];
}
