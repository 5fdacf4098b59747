/** Steps of the permit process, by a stable key. */
export declare const STEP_KEYS: readonly ["submit", "documentCheck", "legalReview", "resubmit", "fireOpinion", "technicalReview", "committee", "finance", "urbanPlanning", "secretariat", "archive", "districtManager", "permitIssued", "rejected"];
export type StepKey = (typeof STEP_KEYS)[number];
export type Language = 'en' | 'fa';
/** What a signature decided. */
export type DecisionKind = 'approve' | 'reject' | 'return';
interface StepSpec {
    readonly en: string;
    /** Persian label, in the canonical spelling (Persian ی/ک, ZWNJ where Persian writes it). */
    readonly fa: string;
    readonly roleEn: string;
    readonly roleFa: string;
    /** Staff who sign this step (empty: the applicant or the system). */
    readonly staff: number;
    /** Median waiting in front of the step, working minutes, and the log-normal spread. */
    readonly waitMedian: number;
    readonly waitSigma: number;
    /** Whether events of this step carry a decision (a signature). */
    readonly signs: boolean;
}
export declare const STEPS: Readonly<Record<StepKey, StepSpec>>;
/** Rates of the planted behaviour. */
export declare const RATES: {
    readonly documentCheckReject: 0.05;
    readonly legalReject: 0.03;
    readonly legalReturn: 0.15;
    /** Returns stop after this many rounds (the next Legal review approves or rejects). */
    readonly maxLegalReturns: 3;
    readonly fireSkip: 0.4;
    readonly technicalReject: 0.06;
    readonly financeReject: 0.03;
    readonly urbanReject: 0.03;
    readonly archiveDuplicate: 0.1;
    readonly districtManagerReject: 0.04;
    readonly sod: 0.03;
    readonly samePerson: 0.015;
};
/** The rates a simulated case follows: {@link RATES}, or a reformed process's. */
export type Rates = {
    readonly [K in keyof typeof RATES]: number;
};
/**
 * A change of the process (a reform between two periods): other rates and other median waiting in front of steps
 * (working minutes). A rate of 1 for `fireSkip` abolishes the Fire department opinion.
 */
export interface ProcessChange {
    readonly rates?: Partial<Rates>;
    readonly waitMedian?: Partial<Record<StepKey, number>>;
}
/** Label of a step in a language (canonical spelling). */
export declare function stepLabel(step: StepKey, language: Language): string;
/** Department label of a step. */
export declare function roleLabel(step: StepKey, language: Language): string;
/** The decision word as written (Persian returns are sometimes written عودت). */
export declare function decisionWord(kind: DecisionKind, language: Language, alternative: boolean): string;
/** Staff user names per signing step (disjoint between steps, so a shared signer is always planted). */
export declare function staffRoster(language: Language): Readonly<Record<StepKey, readonly string[]>>;
/** The user name the system writes for automatic events. */
export declare const SYSTEM_USER = "system";
export {};
