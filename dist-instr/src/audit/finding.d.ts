/** How much a finding matters; `--fail-on` compares against it. */
export type Severity = 'high' | 'medium' | 'low' | 'info';
export declare const SEVERITIES: readonly Severity[];
/** Rank for comparisons: higher is more severe. O(1). */
export declare function severityRank(severity: Severity): number;
/** Language of finding messages. */
export type AuditLanguage = 'en' | 'fa';
/** One audit finding. */
export interface Finding {
    readonly id: string;
    readonly type: string;
    readonly severity: Severity;
    /** The step the finding is about first, then the related steps. */
    readonly activities: readonly string[];
    /** Every affected case id, in case order. */
    readonly cases: readonly string[];
    /**
     * The numbers behind the finding; durations in seconds (working seconds with a calendar). Every finding has
     * `impact`: the share of all cases it affects, the second ranking key after severity.
     */
    readonly metrics: Readonly<Record<string, number>>;
    /** One plain sentence, English or Persian. */
    readonly message: string;
}
/** Orders findings by severity, then impact, then id (deterministic). O(k log k). */
export declare function rankFindings<F extends Finding>(findings: readonly F[]): F[];
/** Persian digits for numbers in Persian messages. O(length). */
export declare function faNumber(value: number): string;
/** A duration in seconds for a message: days with one decimal (of `dayLength` seconds), or hours under a day. */
export declare function messageDuration(seconds: number, dayLength: number, lang: AuditLanguage): string;
/** `1 case`, `2 cases`. */
export declare function casesText(count: number): string;
