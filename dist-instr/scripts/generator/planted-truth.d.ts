import { type Language, type StepKey } from './permit-process.js';
import type { SimCase } from './simulate-case.js';
/** Kinds of bad rows the generator writes (each must be set aside by a reader, never silently dropped). */
export type DefectKind = 'field-count' | 'empty-case' | 'bad-time';
/**
 * The planted truth of a generated log. Step names are the canonical labels (what `normalizeLabel` makes of them),
 * case ids are listed in case order.
 */
export interface PlantedTruth {
    readonly language: Language;
    readonly seed: number;
    /** Cases and (good) events generated; bad rows come on top. */
    readonly cases: number;
    readonly events: number;
    /** Canonical label per step key. */
    readonly labels: Readonly<Record<StepKey, string>>;
    /** Steps whose events carry a decision. */
    readonly signingSteps: readonly string[];
    /** Steps that never reject or return: Secretariat and Archive signature, and the Fire department opinion. */
    readonly rubberStamps: readonly string[];
    /** `step` always repeats the decision of the earlier `impliedBy`, rejections included. */
    readonly impliedPairs: readonly {
        readonly step: string;
        readonly impliedBy: string;
    }[];
    readonly duplicateSignature: {
        /** Steps signed twice in a row with no rejection or return in between. */
        readonly steps: readonly string[];
        readonly sameStepCases: readonly string[];
        /** Cases where one person signed two different steps. */
        readonly samePersonCases: readonly {
            readonly caseId: string;
            readonly steps: readonly [string, string];
            readonly resource: string;
        }[];
        /** Every affected case (union of both kinds). */
        readonly cases: readonly string[];
    };
    /** Steps skipped at random (independently of the outcome) in a share of the cases that reach them. */
    readonly optionalSteps: readonly {
        readonly step: string;
        readonly reached: number;
        readonly skipped: number;
    }[];
    /** Pairs performed in random order with independent decisions. */
    readonly parallelPairs: readonly (readonly [string, string])[];
    /** Cases where the requester signed an approval of their own case. */
    readonly sodCases: readonly {
        readonly caseId: string;
        readonly step: string;
        readonly resource: string;
    }[];
    readonly rework: {
        readonly step: string;
        readonly resubmitStep: string;
        readonly cases: readonly string[];
        readonly rounds: number;
    };
    /** The step with several working days of waiting: the top bottleneck. */
    readonly slowStep: string;
    /** Signing steps that reject at realistic rates and must not be flagged as rubber stamp, implied or optional. */
    readonly controls: readonly {
        readonly step: string;
        readonly rejectRate: number;
    }[];
    /** Cases ending in `Application rejected`, and the step that rejected each. */
    readonly rejectedCases: readonly {
        readonly caseId: string;
        readonly step: string;
    }[];
    /** Bad rows: index into the generated rows (CSV line = index + 2 with a one-line header), and the defect. */
    readonly badRows: readonly {
        readonly index: number;
        readonly kind: DefectKind;
    }[];
}
/** Accumulates the truth case by case (so a multi-million-event log can be streamed). */
export declare class TruthRecorder {
    #private;
    readonly language: Language;
    readonly seed: number;
    constructor(language: Language, seed: number);
    /** Records one simulated case. */
    add(caseId: string, simulated: SimCase): void;
    /** Records a bad row written at `index` of the rows. */
    addBadRow(index: number, kind: DefectKind): void;
    /** The truth so far. */
    truth(): PlantedTruth;
}
