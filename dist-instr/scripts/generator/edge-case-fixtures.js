// The small hand-made edge-case files of fixtures/: one tiny approval log written in every way exports go wrong
// (delimiters, quoting, BOM and CRLF, UTF-16, gzip), plus the hostile-label log for the HTML and CSV safety tests.
import { gzipSync } from 'node:zlib';
import { toCsv } from './render-csv.js';
/** Labels that must render as text and never run or evaluate (HTML injection, spreadsheet formula injection). */
export const HOSTILE_LABELS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "=cmd|' /C calc'!A0", '+1', '-1', '@SUM(1)'];
/** The same three-case log, by hand: every edge-case file below holds exactly these 7 events. */
const EDGE_HEADER = ['case', 'activity', 'timestamp', 'user', 'decision', 'note'];
const EDGE_ROWS = [
    ['1', 'Submit application', '2024-05-06T09:00:00', 'c000001', '', 'first "paper" copy'],
    ['1', 'Document check', '2024-05-06T10:30:00', 'a.smith', 'approved', 'checked; all present'],
    ['2', 'Submit application', '2024-05-06T11:00:00', 'c000002', '', 'two\nlines'],
    ['1', 'Legal review', '2024-05-07T09:15:00', 'k.wilson', 'returned', 'missing deed, see "annex B"'],
    ['2', 'Document check', '2024-05-07T10:00:00', 'a.smith', 'rejected', 'expired ID'],
    ['3', 'Submit application', '2024-05-07T11:45:00', 'c000003', '', ''],
    ['1', 'Resubmit documents', '2024-05-08T09:05:00', 'c000001', '', 'deed attached, "stamped", twice'],
];
function edgeCsv(delimiter, lineBreak) {
    const quote = (field) => (/["\r\n]/.test(field) || field.includes(delimiter) ? `"${field.replaceAll('"', '""')}"` : field);
    return [EDGE_HEADER, ...EDGE_ROWS].map((row) => row.map(quote).join(delimiter) + lineBreak).join('');
}
/** The edge-case files: same 3 cases and 7 events in each, so a test can read all of them and expect one answer. */
export function edgeCaseFixtures() {
    const utf8 = edgeCsv(',', '\n');
    return [
        { name: 'edge-comma.csv', content: utf8, purpose: 'reference for the edge-case files: comma, LF, quoted fields with escaped quotes, a delimiter and a line break inside quotes' },
        { name: 'edge-semicolon.csv', content: edgeCsv(';', '\n'), purpose: 'semicolon delimiter (European spreadsheet exports)' },
        { name: 'edge-tab.tsv', content: edgeCsv('\t', '\n'), purpose: 'tab delimiter' },
        { name: 'edge-pipe.csv', content: edgeCsv('|', '\n'), purpose: 'pipe delimiter' },
        { name: 'edge-bom-crlf.csv', content: `\uFEFF${edgeCsv(',', '\r\n')}`, purpose: 'UTF-8 byte-order mark and CRLF line ends (Excel "CSV UTF-8"); the quoted line break stays LF' },
        { name: 'edge-utf16le.csv', content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, 'utf16le')]), purpose: 'UTF-16LE with BOM (Excel "Unicode text")' },
        { name: 'edge-comma.csv.gz', content: gzipSync(utf8, { level: 9 }), purpose: 'gzip-compressed copy of edge-comma.csv (read by its magic bytes)' },
    ];
}
/**
 * The hostile-label log: a generated log whose step names, users and first case ids are replaced by injection strings,
 * so reports must escape (HTML) and neutralize (CSV cells starting with = + - @) them.
 */
export function hostileFixture(rows) {
    const stepNames = {
        secretariat: HOSTILE_LABELS[0], archive: HOSTILE_LABELS[1], finance: HOSTILE_LABELS[2], urbanPlanning: HOSTILE_LABELS[3], legalReview: HOSTILE_LABELS[4], committee: HOSTILE_LABELS[5],
    };
    const users = { documentCheck: HOSTILE_LABELS[0], technicalReview: HOSTILE_LABELS[1], districtManager: HOSTILE_LABELS[2] };
    const caseIds = new Map();
    const hostile = rows.map((row) => {
        if (!caseIds.has(row.caseId))
            caseIds.set(row.caseId, HOSTILE_LABELS[caseIds.size] ?? row.caseId);
        return { ...row, caseId: caseIds.get(row.caseId) ?? row.caseId, activity: stepNames[row.step] ?? row.activity, resource: users[row.step] ?? row.resource };
    });
    return {
        name: 'hostile.csv',
        content: toCsv(hostile, { dates: 'iso' }),
        purpose: `labels, users and case ids that are injection strings (${HOSTILE_LABELS.map((label) => `\`${label}\``).join(', ')}): the HTML report must show them as text and run nothing, the CSV must neutralize formula cells`,
    };
}
