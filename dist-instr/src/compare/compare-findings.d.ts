import { type Finding, type Severity } from '../audit/finding.js';
import { type FindingComparison } from './comparison.js';
/** Case ids shown per finding; the comparison counts the rest. */
export declare const EXAMPLE_CASES = 5;
/**
 * The matching key of a finding: what it is about, never its position. The audit's rules build their ids from the
 * type, a sub-kind and the steps that define the finding (`rubber-stamp:Legal review`,
 * `duplicate-signature:same-person:A|B`, `optional-signature:Fire department opinion`, whose `activities` also list
 * the later steps and so differ between periods), so such an id is the key, with an unordered pair sorted. Policy
 * findings carry the policy's rule id (`policy:required-2`), which can be positional: their key is the type and the
 * steps. Two findings of one period with the same key (two policy rules of different kinds on the same steps) are
 * told apart by their id. O(length of the id).
 */
export declare function findingKey(finding: Pick<Finding, 'id' | 'type' | 'activities'>): string;
/**
 * Findings NEW has at or above `level` that OLD did not have at or above it: new findings of that severity or more,
 * and persisting findings raised across it (medium → high counts for `high`, not for `medium`). O(f).
 */
export declare function regressionCount(before: readonly Finding[], after: readonly Finding[], level: Severity): number;
/**
 * Classifies the findings of OLD and NEW (each as the audit returns them) by key. Lists are ranked (severity, then
 * impact; persisting ones by NEW's) and keep `limit` items, counting the rest. O(f log f).
 */
export declare function compareFindings(before: readonly Finding[], after: readonly Finding[], limit: number): FindingComparison;
