import { type FixtureFile } from './generator/edge-case-fixtures.js';
/** Every fixture file with its purpose, in the order README lists them. */
export declare function fixtureFiles(): FixtureFile[];
/** Writes every fixture and fixtures/README.md into `folder`. */
export declare function writeFixtures(folder: string): FixtureFile[];
