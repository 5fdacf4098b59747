import type { GeneratedRow } from './render-csv.js';
/** A fixture file: name in fixtures/, bytes, and the line fixtures/README.md shows for it. */
export interface FixtureFile {
    readonly name: string;
    readonly content: string | Buffer;
    readonly purpose: string;
}
/** Labels that must render as text and never run or evaluate (HTML injection, spreadsheet formula injection). */
export declare const HOSTILE_LABELS: readonly ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "=cmd|' /C calc'!A0", "+1", "-1", "@SUM(1)"];
/** The edge-case files: same 3 cases and 7 events in each, so a test can read all of them and expect one answer. */
export declare function edgeCaseFixtures(): FixtureFile[];
/**
 * The hostile-label log: a generated log whose step names, users and first case ids are replaced by injection strings,
 * so reports must escape (HTML) and neutralize (CSV cells starting with = + - @) them.
 */
export declare function hostileFixture(rows: readonly GeneratedRow[]): FixtureFile;
