// The approval policy as data: what `redtape check --policy` reads and `redtape policy suggest` writes. Rule kinds are
// named after the Declare templates (van der Aalst, Pesic, Schonenberg 2009) where one fits.

import type { DurationSpec } from '../../performance/duration.js';

/** How much a broken rule matters; `--fail-on` compares against it. */
export type Severity = 'high' | 'medium' | 'low' | 'info';

export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];

/** Rank for comparisons: higher is more severe. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}

/** Every rule kind, spelled as in the policy file. */
export const RULE_KINDS = [
  'required',
  'forbidden',
  'at-most',
  'first',
  'last',
  'precedence',
  'response',
  'succession',
  'chain-response',
  'not-together',
  'four-eyes',
  'requester-may-not-sign',
  'within',
  'case-within',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** What every rule carries besides its kind-specific parameters. */
interface RuleBase {
  /** From the file, or `<kind>-<position>` (1-based) when the file gives none. */
  readonly id: string;
  readonly severity: Severity;
  readonly description?: string;
  /** 1-based line of the rule in the policy file (0 for rules built in code). */
  readonly line: number;
}

/** `required`, `forbidden`, `first`, `last`, `requester-may-not-sign`: a list of steps (normalized labels). */
export interface StepsRule extends RuleBase {
  readonly kind: 'required' | 'forbidden' | 'first' | 'last' | 'requester-may-not-sign';
  readonly steps: readonly string[];
}

/** `at-most: {step: n}`: each step at most n times per case. */
export interface AtMostRule extends RuleBase {
  readonly kind: 'at-most';
  readonly limits: readonly { readonly step: string; readonly max: number }[];
}

/** Ordering templates between two steps: `a` is `before`/`if`, `b` is `then`. */
export interface PairRule extends RuleBase {
  readonly kind: 'precedence' | 'response' | 'succession' | 'chain-response' | 'not-together' | 'four-eyes';
  readonly a: string;
  readonly b: string;
}

/** `within: {from: A, to: B, max: 10wd}`. */
export interface WithinRule extends RuleBase {
  readonly kind: 'within';
  readonly from: string;
  readonly to: string;
  readonly max: DurationSpec;
}

/** `case-within: 8w`: first to last event of a case. */
export interface CaseWithinRule extends RuleBase {
  readonly kind: 'case-within';
  readonly max: DurationSpec;
}

export type PolicyRule = StepsRule | AtMostRule | PairRule | WithinRule | CaseWithinRule;

/** A parsed, validated policy. */
export interface Policy {
  /** Where it was read from (for messages). */
  readonly file: string;
  readonly rules: readonly PolicyRule[];
}

/** The steps a rule names, in the order written. */
export function stepsOf(rule: PolicyRule): string[] {
  switch (rule.kind) {
    case 'at-most':
      return rule.limits.map((limit) => limit.step);
    case 'within':
      return [rule.from, rule.to];
    case 'case-within':
      return [];
    case 'required':
    case 'forbidden':
    case 'first':
    case 'last':
    case 'requester-may-not-sign':
      return [...rule.steps];
    default:
      return [rule.a, rule.b];
  }
}
