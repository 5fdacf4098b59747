import type { EventLog } from '../log/event-log.js';
import { type DecisionKindCode, type DecisionMap } from './decision-kinds.js';
/** How signatures, decisions and requesters are found. */
export interface SignatureOptions {
    /** Extra decision words (`--decision-map`). */
    readonly decisionWords?: DecisionMap;
    /** Regex on step names: events of matching steps are signatures (missing decisions count as approvals). */
    readonly signatures?: string;
    /** Take step and decision from the activity label (`Declaration APPROVED by SUPERVISOR`, `تایید …`). */
    readonly decisionFromLabel?: boolean;
    /** A regex with named groups `step` and `decision` applied to labels (implies decisionFromLabel). */
    readonly decisionPattern?: string;
    /** Event or case attribute holding the requester (default: the resource of each case's first event). */
    readonly requester?: string;
}
/** Signatures in log order (so each case's are contiguous), as parallel typed columns. */
export interface SignatureTable {
    /** Names of the signing steps, indexed by step id. */
    readonly stepNames: readonly string[];
    /** Event index in the log per signature. */
    readonly event: Int32Array;
    /** Step id per signature. */
    readonly step: Int32Array;
    /** Decision kind per signature (APPROVE, REJECT, RETURN, OTHER). */
    readonly kind: Uint8Array;
    /** Offsets of each case's first signature; length cases + 1. */
    readonly caseStart: Int32Array;
    /** Requester per case as a resource id of the log ({@link NONE} when unknown or not a resource). */
    readonly requester: Int32Array;
}
/**
 * Step and decision read from a label: with `pattern`, its named groups `step` and `decision`; otherwise the first
 * word (or pair of words) of the label that is a known approve/reject/return word is the decision and the rest of the
 * label is the step (`Declaration APPROVED by SUPERVISOR` → `Declaration by SUPERVISOR`, approve;
 * `رد درخواست` → `درخواست`, reject). Null when the label carries no decision. O(words).
 */
export declare function splitLabel(label: string, words: DecisionMap, pattern?: RegExp): {
    step: string;
    kind: DecisionKindCode;
} | null;
/**
 * Builds the signature table of `log`. By default every event with a decision value is a signature of its activity.
 * Labels and decision words are classified once per distinct value, so the pass over events is O(n).
 */
export declare function buildSignatureTable(log: EventLog, options?: SignatureOptions): SignatureTable;
