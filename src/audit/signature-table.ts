// The signatures of a log as one typed table, built once: which events are signatures, of which signing step, with
// which decision kind, grouped by case; and who requested each case. Every audit rule reads this table.

import { UserError } from '../errors.js';
import { NONE } from '../log/dictionary.js';
import type { EventLog } from '../log/event-log.js';
import { APPROVE, classifyDecision, decisionMap, OTHER, type DecisionKindCode, type DecisionMap } from './decision-kinds.js';

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

/** Step ids, in the narrowest array their range allows: a byte each for up to 256 activities (every log seen so far). */
export type StepColumn = Uint8Array | Uint16Array | Int32Array;

/** Signatures in log order (so each case's are contiguous), as parallel typed columns. */
export interface SignatureTable {
  /** Names of the signing steps, indexed by step id. */
  readonly stepNames: readonly string[];
  /** Event index in the log per signature. */
  readonly event: Int32Array;
  /** Step id per signature. */
  readonly step: StepColumn;
  /** Decision kind per signature (APPROVE, REJECT, RETURN, OTHER). */
  readonly kind: Uint8Array;
  /** Offsets of each case's first signature; length cases + 1. */
  readonly caseStart: Int32Array;
  /** Requester per case as a resource id of the log ({@link NONE} when unknown or not a resource). */
  readonly requester: Int32Array;
}

function compile(pattern: string, option: string): RegExp {
  try {
    return new RegExp(pattern, 'u');
  } catch (error) {
    throw new UserError(`${option}: invalid regular expression: ${(error as Error).message}`);
  }
}

/**
 * Step and decision read from a label: with `pattern`, its named groups `step` and `decision`; otherwise the first
 * word (or pair of words) of the label that is a known approve/reject/return word is the decision and the rest of the
 * label is the step (`Declaration APPROVED by SUPERVISOR` → `Declaration by SUPERVISOR`, approve;
 * `رد درخواست` → `درخواست`, reject). Null when the label carries no decision. O(words).
 */
export function splitLabel(label: string, words: DecisionMap, pattern?: RegExp): { step: string; kind: DecisionKindCode } | null {
  if (pattern) {
    const groups = pattern.exec(label)?.groups;
    if (!groups?.step || !groups.decision) return null;
    const kind = classifyDecision(groups.decision, words);
    return { step: groups.step.trim(), kind };
  }
  const tokens = label.split(' ');
  for (let i = 0; i < tokens.length; i++) {
    for (const width of [2, 1]) {
      if (i + width > tokens.length) continue;
      const kind = classifyDecision(tokens.slice(i, i + width).join(' '), words);
      if (kind === OTHER) continue;
      const rest = [...tokens.slice(0, i), ...tokens.slice(i + width)].join(' ').trim();
      return rest === '' ? null : { step: rest, kind };
    }
  }
  return null;
}

function requesterColumn(log: EventLog, name: string): Int32Array {
  const cases = log.caseIds.length;
  const requester = new Int32Array(cases).fill(NONE);
  const caseColumn = log.caseAttributes.find((column) => column.name === name);
  const eventColumn = log.eventAttributes.find((column) => column.name === name);
  if (!caseColumn && !eventColumn) {
    const known = [...log.caseAttributes, ...log.eventAttributes].map((column) => column.name);
    throw new UserError(`--requester: no column ${JSON.stringify(name)} in the log${known.length ? ` (columns: ${known.join(', ')})` : ''}`);
  }
  const column = (caseColumn ?? eventColumn)!;
  const asResource = column.values.names.map((value) => log.resources.idOf(value));
  for (let c = 0; c < cases; c++) {
    let id = NONE;
    if (caseColumn) id = caseColumn.ids[c] ?? NONE;
    else for (let e = log.caseStart[c] as number; e < (log.caseStart[c + 1] as number) && id === NONE; e++) id = column.ids[e] ?? NONE;
    requester[c] = id === NONE ? NONE : (asResource[id] ?? NONE);
  }
  return requester;
}

/**
 * Builds the signature table of `log`. By default every event with a decision value is a signature of its activity.
 * Labels and decision words are classified once per distinct value, so the pass over events is O(n).
 */
export function buildSignatureTable(log: EventLog, options: SignatureOptions = {}): SignatureTable {
  const words = decisionMap(options.decisionWords);
  const activityCount = log.activities.size;
  // Step name per activity (null: not a signing step); step ids are given on first use, so every step has signatures.
  const candidate: (string | null)[] = new Array<string | null>(activityCount).fill(null);
  const stepOfActivity = new Int32Array(activityCount).fill(NONE);
  const labelKind = new Int8Array(activityCount).fill(-1);
  const stepNames: string[] = [];
  const stepIds = new Map<string, number>();
  const stepId = (a: number): number => {
    const name = candidate[a] as string;
    let id = stepIds.get(name);
    if (id === undefined) {
      id = stepNames.length;
      stepIds.set(name, id);
      stepNames.push(name);
    }
    stepOfActivity[a] = id;
    return id;
  };
  const fromLabel = options.decisionFromLabel === true || options.decisionPattern !== undefined;
  const pattern = options.decisionPattern !== undefined ? compile(options.decisionPattern, '--decision-pattern') : undefined;
  const selector = options.signatures !== undefined ? compile(options.signatures, '--signatures') : undefined;
  log.activities.names.forEach((name, a) => {
    if (fromLabel) {
      const split = splitLabel(name, words, pattern);
      if (split && (!selector || selector.test(split.step))) {
        candidate[a] = split.step;
        labelKind[a] = split.kind;
      }
    } else if (!selector || selector.test(name)) candidate[a] = name;
  });
  const decisionKind = Uint8Array.from(log.decisions.names, (word) => classifyDecision(word, words));
  const signing = Uint8Array.from(candidate, (name) => (name === null ? 0 : 1));
  const { activity, decision, caseStart: eventStart } = log;
  const n = activity.length;
  const event = new Int32Array(n);
  // Step ids are below the activity count.
  const step: StepColumn = activityCount <= 256 ? new Uint8Array(n) : activityCount <= 65_536 ? new Uint16Array(n) : new Int32Array(n);
  const kind = new Uint8Array(n);
  const cases = log.caseIds.length;
  const caseStart = new Int32Array(cases + 1);
  let size = 0;
  for (let c = 0; c < cases; c++) {
    caseStart[c] = size;
    const to = eventStart[c + 1] as number;
    for (let e = eventStart[c] as number; e < to; e++) {
      const a = activity[e] as number;
      if (signing[a] === 0) continue;
      const d = decision[e] as number;
      let k: number;
      if (fromLabel) k = labelKind[a] as number;
      else if (d !== NONE) k = decisionKind[d] as number;
      else if (selector) k = APPROVE;
      else continue;
      let s = stepOfActivity[a] as number;
      if (s === NONE) s = stepId(a);
      event[size] = e;
      step[size] = s;
      kind[size] = k;
      size++;
    }
  }
  caseStart[cases] = size;
  let requester: Int32Array;
  if (options.requester !== undefined) requester = requesterColumn(log, options.requester);
  else {
    requester = new Int32Array(cases);
    for (let c = 0; c < cases; c++) {
      const first = log.caseStart[c] as number;
      requester[c] = first < (log.caseStart[c + 1] as number) ? (log.resource[first] as number) : NONE;
    }
  }
  // Most events are signatures in approval logs: a view then saves copying the columns; a copy frees the rest.
  const trim = <T extends StepColumn>(column: T): T => (size * 4 >= n * 3 ? column.subarray(0, size) : column.slice(0, size)) as T;
  return { stepNames, event: trim(event), step: trim(step), kind: trim(kind), caseStart, requester };
}
