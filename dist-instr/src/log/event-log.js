// The one event-log model every analysis reads. Columnar and interned (after arquero and rust4pm's process_mining):
// per-event typed arrays indexed by event position, and cases as contiguous ranges of events.
//
// Order: cases appear in order of their first row in the input (the first file first), and within a case events are
// sorted by end time, then by original file order. This is PM4Py's order within a case (it sorts by case, timestamp
// and the row index), so directly-follows relations and variants agree with it.
/** Number of cases. O(1). */
export function caseCount(log) {
    return log.caseIds.length;
}
/** Number of events. O(1). */
export function eventCount(log) {
    return log.activity.length;
}
