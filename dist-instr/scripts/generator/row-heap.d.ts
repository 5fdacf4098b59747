import type { GeneratedRow } from './render-csv.js';
/** Min-heap on (time, sequence); push and pop O(log n). */
export declare class RowHeap {
    #private;
    get size(): number;
    push(row: GeneratedRow): void;
    /** Removes and yields, in order, every row with time strictly before `time`. */
    popBefore(time: number): Generator<GeneratedRow>;
}
