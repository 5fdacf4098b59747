// Line and column of a position in a stream of text chunks. The XML parser runs without its own position tracking
// (that halves its speed), so lines are counted here, lazily and only up to the positions asked about.
/**
 * Counts newlines in the chunks fed to the parser. Positions asked about must not decrease; each character is scanned
 * once (`indexOf`), so the total cost is O(input) however often {@link LineTracker.at} is called.
 */
export class LineTracker {
    #chunk = '';
    /** Stream position of `#chunk[0]`. */
    #chunkStart = 0;
    /** Stream position up to which newlines are counted. */
    #scanned = 0;
    #newlines = 0;
    /** Stream position of the last newline counted, -1 before the first. */
    #lastNewline = -1;
    /** Registers the next chunk handed to the parser. */
    feed(chunk) {
        this.#scanTo(this.#chunkStart + this.#chunk.length);
        this.#chunkStart += this.#chunk.length;
        this.#chunk = chunk;
    }
    /** Line and column of the character before stream position `position` (the parser's "next character"). */
    at(position) {
        const target = Math.max(position - 1, 0);
        this.#scanTo(target);
        return { line: this.#newlines + 1, column: Math.max(target - this.#lastNewline, 1) };
    }
    /**
     * Stream position of the `<` that opens the tag ending just before `position` (the parser's position after an
     * open tag), when it lies in the current chunk; otherwise `position - 1`. O(tag length).
     */
    tagStart(position) {
        const local = position - 1 - this.#chunkStart;
        const found = local > 0 ? this.#chunk.lastIndexOf('<', local) : -1;
        return found < 0 ? position - 1 : this.#chunkStart + found;
    }
    #scanTo(position) {
        const end = Math.min(position, this.#chunkStart + this.#chunk.length) - this.#chunkStart;
        let from = this.#scanned - this.#chunkStart;
        if (from < 0)
            from = 0;
        while (from < end) {
            const found = this.#chunk.indexOf('\n', from);
            if (found < 0 || found >= end)
                break;
            this.#newlines++;
            this.#lastNewline = this.#chunkStart + found;
            from = found + 1;
        }
        if (this.#chunkStart + end > this.#scanned)
            this.#scanned = this.#chunkStart + end;
    }
}
