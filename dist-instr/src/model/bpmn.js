// The one BPMN process representation in redtape: flow nodes and sequence flows of a single process. The BPMN reader
// produces it and `bpmn-to-petri.ts` replays it; the BPMN writer uses the same shapes with a layout added
// (`report/tree-to-bpmn.ts`). Plain data in `src/model/` so io/, conformance/ and report/ share it without importing
// one another.
export {};
