import type { VariantRow } from '../../discovery/variants.js';
import type { Locale } from '../i18n.js';
import { type SafeHtml } from './escape-html.js';
/** The most frequent variants (already capped by the caller), with share, cumulative share and median throughput. */
export declare function variantsSection(rows: readonly VariantRow[], total: number, l: Locale): SafeHtml;
