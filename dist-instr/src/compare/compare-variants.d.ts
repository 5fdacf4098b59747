import type { VariantRow } from '../discovery/variants.js';
import { type VariantComparison } from './comparison.js';
/**
 * Compares two variant lists (every variant of each period, as {@link variantRows} gives them, most frequent first).
 * Appearing and vanishing variants keep their period's order (count, then sequence); persisting ones are ranked by
 * the larger of their two shares, so a variant that collapsed shows as well as one that grew. Lists keep `limit`
 * rows and count the rest. O(v log v).
 */
export declare function compareVariants(before: readonly VariantRow[], after: readonly VariantRow[], limit: number): VariantComparison;
