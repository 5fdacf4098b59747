// What an audit rule reports: issue 5's Finding, shared by every rule and by the policy findings of `redtape check`.

/** How much a finding matters; `--fail-on` compares against it. */
export type Severity = 'high' | 'medium' | 'low' | 'info';

export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];

/** Rank for comparisons: higher is more severe. O(1). */
export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}

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
export function rankFindings<F extends Finding>(findings: readonly F[]): F[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      (b.metrics.impact ?? 0) - (a.metrics.impact ?? 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Persian digits for numbers in Persian messages. O(length). */
export function faNumber(value: number): string {
  return String(value).replace(/\d/g, (digit) => '۰۱۲۳۴۵۶۷۸۹'[Number(digit)] ?? digit);
}

/** A duration in seconds for a message: days with one decimal (of `dayLength` seconds), or hours under a day. */
export function messageDuration(seconds: number, dayLength: number, lang: AuditLanguage): string {
  const days = seconds / dayLength;
  if (days >= 1) {
    const text = (Math.round(days * 10) / 10).toString();
    return lang === 'fa' ? `${faNumber(Number(text)).replace('.', '٫')} روز` : `${text} ${dayLength === 86_400 ? 'days' : 'working days'}`;
  }
  const hours = (Math.round((seconds / 3600) * 10) / 10).toString();
  return lang === 'fa' ? `${faNumber(Number(hours)).replace('.', '٫')} ساعت` : `${hours} hours`;
}

/** `1 case`, `2 cases`. */
export function casesText(count: number): string {
  return count === 1 ? '1 case' : `${count} cases`;
}
