// Writes the small logs of fixtures/ (and fixtures/README.md listing them) from the seeded generator and the
// hand-made edge cases. Deterministic: running it again gives byte-identical files (a test checks this).
//
// npm run fixtures   (builds, then runs node dist/scripts/generate-fixtures.js [folder])
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateApprovalLog, toCsv } from './generate-approval-log.js';
import { edgeCaseFixtures, hostileFixture } from './generator/edge-case-fixtures.js';
import { encodeWindows1256 } from './generator/encode-windows-1256.js';
function describe(truth, rows) {
    return `${truth.cases} cases, ${truth.events} events, ${truth.badRows.length} bad rows (${rows} data rows)`;
}
/** Cases of the reform log, half before and half after. */
const REFORM_CASES = 400;
/** The reform planted in permits-after-reform.csv (working minutes; the English week's day is 8 hours). */
const REFORM = { rates: { fireSkip: 1, urbanReject: 0 }, waitMedian: { technicalReview: 4 * 8 * 60, districtManager: 6 * 60 } };
const REFORM_TEXT = 'the Fire department opinion is abolished, Urban planning approval never rejects any more (a new rubber stamp), Technical review waits a median 4 working days instead of 7 hours (a new bottleneck) and District manager signature 6 hours instead of 33 (the old bottleneck gone)';
const caseRange = (first) => `P-${String(first).padStart(6, '0')} to P-${String(first + REFORM_CASES / 2 - 1).padStart(6, '0')}`;
/** Every fixture file with its purpose, in the order README lists them. */
export function fixtureFiles() {
    const en = generateApprovalLog({ seed: 2024, cases: 300, language: 'en', badRows: 4 });
    const fa = generateApprovalLog({ seed: 1403, cases: 300, language: 'fa', badRows: 5, mixedSpelling: true });
    const legacy = generateApprovalLog({ seed: 1256, cases: 40, language: 'fa', mixedSpelling: true });
    const hostile = generateApprovalLog({ seed: 666, cases: 60, language: 'en' });
    const enCsv = toCsv(en.rows, { dates: 'iso', startColumn: true });
    const truthJson = (truth) => `${JSON.stringify(truth, null, 2)}\n`;
    // Two "monthly exports" of the English log, split by time, so cases in progress at the cut span both files.
    const cut = Math.floor(en.rows.length / 2);
    const enPart = (from, to) => toCsv(en.rows.slice(from, to), { dates: 'iso', startColumn: true });
    // Two periods of one office for \`redtape compare\`: cases submitted before and after a reform, each file holding
    // whole cases (as an export of "cases submitted in the period" does).
    const reform = generateApprovalLog({ seed: 2025, cases: REFORM_CASES, language: 'en', change: { fromCase: REFORM_CASES / 2, ...REFORM } });
    const period = (after) => toCsv(reform.rows.filter((row) => Number(row.caseId.slice(2)) > REFORM_CASES / 2 === after), { dates: 'iso', startColumn: true });
    return [
        { name: 'permits-en.csv', content: enCsv,
            purpose: `English permit log, ISO times with a start column, seed 2024: ${describe(en.truth, en.rows.length)}. The README's main command runs on it.` },
        { name: 'permits-en.truth.json', content: truthJson(en.truth), purpose: 'planted truth of permits-en.csv (patterns, affected cases, bad-row lines = index + 2)' },
        { name: 'permits-en-part1.csv', content: enPart(0, cut), purpose: `first half (by time) of permits-en.csv: ${cut} rows; read with part2 as one log` },
        { name: 'permits-en-part2.csv', content: enPart(cut, en.rows.length), purpose: `second half of permits-en.csv: ${en.rows.length - cut} rows; cases in progress at the cut span both files` },
        { name: 'permits-fa.csv', content: toCsv(fa.rows, { dates: 'jalali', digits: 'mixed' }),
            purpose: `Persian permit log, Jalali dates (\`1403/02/15 10:23\`) with Persian digits in about a third of the rows, about a quarter of labels in Arabic ي/ك spelling, returns written برگشت or عودت, Saturday–Wednesday 08:00–14:00 week, seed 1403: ${describe(fa.truth, fa.rows.length)}` },
        { name: 'permits-fa.truth.json', content: truthJson(fa.truth), purpose: 'planted truth of permits-fa.csv' },
        { name: 'permits-fa-1256.csv', content: encodeWindows1256(toCsv(legacy.rows, { dates: 'jalali' })),
            purpose: `windows-1256 encoded Persian log (legacy export; read with \`--encoding windows-1256\`; ی written as Arabic ي, Latin digits, as the code page requires), seed 1256: ${describe(legacy.truth, legacy.rows.length)}` },
        { name: 'permits-before-reform.csv', content: period(false),
            purpose: `English permit log, seed 2025, the ${REFORM_CASES / 2} cases submitted before a reform (cases ${caseRange(1)}); \`redtape compare\`'s OLD in tests and the README` },
        { name: 'permits-after-reform.csv', content: period(true),
            purpose: `the ${REFORM_CASES / 2} cases of the same log submitted after the reform (cases ${caseRange(REFORM_CASES / 2 + 1)}): ${REFORM_TEXT}; \`redtape compare\`'s NEW` },
        { name: 'permits-en.csv.gz', content: gzipSync(enCsv, { level: 9 }), purpose: 'gzip-compressed copy of permits-en.csv' },
        hostileFixture(hostile.rows),
        ...edgeCaseFixtures(),
    ];
}
function readme(files) {
    return `# fixtures

Small logs we made, for tests, examples and the README. Everything here is written by \`npm run fixtures\`
(\`scripts/generate-fixtures.ts\`, compiled to \`dist/scripts/generate-fixtures.js\`) and is byte-identical on every run (gzip files: identical content):
\`test/scripts/generate-fixtures.test.ts\` regenerates them and compares. Do not edit them by hand; change the script.

The permit logs come from the seeded generator \`scripts/generate-approval-log.ts\` (mulberry32 PRNG): a municipal
building-permit process with planted patterns (rubber stamps, an implied signature, duplicate signatures, an optional
step, a parallelizable pair, segregation-of-duties cases, a rework loop, a slow step, and controls that reject at
realistic rates). Each \`*.truth.json\` lists what was planted, in canonical labels, so audits can be scored.
Bad rows are copies of real events broken in one way (wrong field count, empty case id, unparsable timestamp);
their CSV line is \`index + 2\`.

Planted patterns (\`truth\` fields; rates are per case reaching the step):

| pattern | where | truth field |
| --- | --- | --- |
| rubber stamp | Secretariat signature and Archive signature always approve; the Fire department opinion never rejects either | \`rubberStamps\` |
| implied signature | Committee confirmation repeats Technical review's decision, rejections included (Technical rejects ~6%) | \`impliedPairs\` |
| duplicate signature | Archive signature signed twice in a row in ~10% of cases; one person signs two different steps in ~1.5% | \`duplicateSignature\` |
| optional signature | Fire department opinion skipped in ~40% of the cases that pass Legal review, independently of the outcome | \`optionalSteps\` |
| parallelizable pair | Finance approval and Urban planning approval, random order, independent decisions (~3% rejections each) | \`parallelPairs\` |
| segregation of duties | in ~3% of cases the requester (first event's user, a staff member) signs one approval of the case | \`sodCases\` |
| rework loop | Legal review returns ~15% of cases → Resubmit documents → Legal review again (up to 3 rounds) | \`rework\` |
| slow step | District manager signature waits several working days (others wait hours) | \`slowStep\` |
| controls (must not be flagged) | Document check 5%, Legal review 3%, Technical review 6%, Finance 3%, Urban planning 3%, District manager 4% rejections | \`controls\` |

Rejected cases end with \`Application rejected\` right after the rejecting signature (after Committee confirmation
when Technical review rejects). Submit, Resubmit, Permit issued and Application rejected carry no decision.
Times are whole minutes inside working hours (Persian logs: Saturday–Wednesday 08:00–14:00; English logs:
Monday–Friday 09:00–17:00), written without an offset (read as UTC by default).

| file | purpose |
| --- | --- |
${files.map((file) => `| \`${file.name}\` | ${file.purpose.replaceAll('|', '\\|')} |`).join('\n')}
`;
}
/** Writes every fixture and fixtures/README.md into `folder`. */
export function writeFixtures(folder) {
    mkdirSync(folder, { recursive: true });
    const files = fixtureFiles();
    for (const file of files)
        writeFileSync(join(folder, file.name), file.content);
    writeFileSync(join(folder, 'README.md'), readme(files));
    return files;
}
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const folder = resolve(process.argv[2] ?? fileURLToPath(new URL('../../fixtures/', import.meta.url)));
    const files = writeFixtures(folder);
    process.stdout.write(`wrote ${files.length} fixtures and README.md to ${folder}\n`);
}
