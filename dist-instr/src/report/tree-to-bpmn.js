// A process tree as a BPMN process graph (start event, tasks, exclusive and parallel gateways, sequence flows) with a
// layered layout: the model `render-bpmn.ts` writes as BPMN 2.0 XML with diagram interchange. Nodes and flows are
// the shared `model/bpmn.ts` types (what the BPMN reader gives) with bounds and loop marks added.
const SIZE = {
    startEvent: [36, 36],
    endEvent: [36, 36],
    task: [120, 80],
    exclusiveGateway: [50, 50],
    parallelGateway: [50, 50],
};
class Builder {
    nodes = [];
    flows = [];
    add(kind, name) {
        const id = `${kind === 'task' ? 'Activity' : kind === 'startEvent' || kind === 'endEvent' ? 'Event' : 'Gateway'}_${this.nodes.length + 1}`;
        this.nodes.push(name === undefined ? { id, kind } : { id, kind, name });
        return id;
    }
    flow(source, target, back = false) {
        this.flows.push({ id: `Flow_${this.flows.length + 1}`, source, target, back });
    }
    /** Adds `tree` after node `entry`; returns the node its exits meet in (the entry itself for a silent step). */
    emit(tree, entry) {
        if (tree.operator === null) {
            if (tree.label === null)
                return entry;
            const task = this.add('task', tree.label);
            this.flow(entry, task);
            return task;
        }
        if (tree.operator === '->')
            return tree.children.reduce((at, child) => this.emit(child, at), entry);
        if (tree.operator === 'X' || tree.operator === '+') {
            const type = tree.operator === 'X' ? 'exclusiveGateway' : 'parallelGateway';
            const split = this.add(type);
            this.flow(entry, split);
            const join = this.add(type);
            for (const child of tree.children)
                this.flow(this.emit(child, split), join);
            return join;
        }
        const [body, ...redo] = tree.children;
        const loopEntry = this.add('exclusiveGateway');
        this.flow(entry, loopEntry);
        const loopExit = this.add('exclusiveGateway');
        this.flow(this.emit(body, loopEntry), loopExit);
        for (const child of redo)
            this.flow(this.emit(child, loopExit), loopEntry, true);
        return loopExit;
    }
}
/**
 * The BPMN graph of `tree`: `X` and `+` become split/join gateway pairs, `*` an exclusive join before the body and an
 * exclusive split after it whose redo branches flow back, silent steps become plain flows. Layout: each node's column
 * is its longest forward path from the start, rows in order of creation within a column. O(size).
 */
export function treeToBpmn(tree) {
    const b = new Builder();
    const start = b.add('startEvent');
    const last = b.emit(tree, start);
    const end = b.add('endEvent');
    b.flow(last, end);
    const column = new Map(b.nodes.map((n) => [n.id, 0]));
    const forward = new Map();
    const indegree = new Map(b.nodes.map((n) => [n.id, 0]));
    for (const f of b.flows) {
        if (f.back)
            continue;
        forward.set(f.source, [...(forward.get(f.source) ?? []), f.target]);
        indegree.set(f.target, (indegree.get(f.target) ?? 0) + 1);
    }
    const queue = b.nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id);
    while (queue.length > 0) {
        const id = queue.shift();
        for (const next of forward.get(id) ?? []) {
            column.set(next, Math.max(column.get(next) ?? 0, (column.get(id) ?? 0) + 1));
            indegree.set(next, (indegree.get(next) ?? 0) - 1);
            if (indegree.get(next) === 0)
                queue.push(next);
        }
    }
    const rows = new Map();
    const nodes = b.nodes.map((n) => {
        const [width, height] = SIZE[n.kind];
        const c = column.get(n.id) ?? 0;
        const r = rows.get(c) ?? 0;
        rows.set(c, r + 1);
        return { ...n, x: 80 + c * 170 + (120 - width) / 2, y: 80 + r * 130 + (80 - height) / 2, width, height };
    });
    return { nodes, flows: b.flows };
}
