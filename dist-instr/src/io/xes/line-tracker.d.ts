/** 1-based line and column. */
export interface LineColumn {
    readonly line: number;
    readonly column: number;
}
/**
 * Counts newlines in the chunks fed to the parser. Positions asked about must not decrease; each character is scanned
 * once (`indexOf`), so the total cost is O(input) however often {@link LineTracker.at} is called.
 */
export declare class LineTracker {
    #private;
    /** Registers the next chunk handed to the parser. */
    feed(chunk: string): void;
    /** Line and column of the character before stream position `position` (the parser's "next character"). */
    at(position: number): LineColumn;
    /**
     * Stream position of the `<` that opens the tag ending just before `position` (the parser's position after an
     * open tag), when it lies in the current chunk; otherwise `position - 1`. O(tag length).
     */
    tagStart(position: number): number;
}
