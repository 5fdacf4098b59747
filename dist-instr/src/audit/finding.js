// What an audit rule reports: issue 5's Finding, shared by every rule and by the policy findings of `redtape check`.
export const SEVERITIES = ['high', 'medium', 'low', 'info'];
/** Rank for comparisons: higher is more severe. O(1). */
export function severityRank(severity) {
    return SEVERITIES.length - SEVERITIES.indexOf(severity);
}
/** Orders findings by severity, then impact, then id (deterministic). O(k log k). */
export function rankFindings(findings) {
    return [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) ||
        (b.metrics.impact ?? 0) - (a.metrics.impact ?? 0) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
/** Persian digits for numbers in Persian messages. O(length). */
export function faNumber(value) {
    return String(value).replace(/\d/g, (digit) => '۰۱۲۳۴۵۶۷۸۹'[Number(digit)] ?? digit);
}
/** A duration in seconds for a message: days with one decimal (of `dayLength` seconds), or hours under a day. */
export function messageDuration(seconds, dayLength, lang) {
    const days = seconds / dayLength;
    if (days >= 1) {
        const text = (Math.round(days * 10) / 10).toString();
        return lang === 'fa' ? `${faNumber(Number(text)).replace('.', '٫')} روز` : `${text} ${dayLength === 86_400 ? 'days' : 'working days'}`;
    }
    const hours = (Math.round((seconds / 3600) * 10) / 10).toString();
    return lang === 'fa' ? `${faNumber(Number(hours)).replace('.', '٫')} ساعت` : `${hours} hours`;
}
/** `1 case`, `2 cases`. */
export function casesText(count) {
    return count === 1 ? '1 case' : `${count} cases`;
}
