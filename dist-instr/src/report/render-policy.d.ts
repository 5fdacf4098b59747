import type { SuggestedPolicy } from '../conformance/suggest-policy.js';
/** YAML with a header saying where it came from; inner lists and mappings in flow style (`[A, B]`, `{before: A, then: B}`). */
export declare function renderPolicyYaml(policy: SuggestedPolicy, source: readonly string[]): string;
/** The same policy as JSON. */
export declare function renderPolicyJson(policy: SuggestedPolicy): string;
