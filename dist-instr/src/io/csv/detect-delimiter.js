// Guesses the field delimiter from the header line: the candidate that occurs most often outside quotes.
const CANDIDATES = [',', ';', '\t', '|'];
/** One of `,` `;` tab `|`; comma when none occurs. O(length of the first line). */
export function detectDelimiter(head) {
    const counts = new Map(CANDIDATES.map((candidate) => [candidate.charCodeAt(0), 0]));
    let quoted = false;
    for (let at = 0; at < head.length; at++) {
        const byte = head[at];
        if (byte === 0x22)
            quoted = !quoted;
        else if (byte === 0x0a && !quoted)
            break;
        else if (!quoted && counts.has(byte))
            counts.set(byte, (counts.get(byte) ?? 0) + 1);
    }
    let best = ',';
    let bestCount = 0;
    for (const candidate of CANDIDATES) {
        const count = counts.get(candidate.charCodeAt(0)) ?? 0;
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}
