import type { Prng } from './prng.js';
import { type DecisionKind, type ProcessChange, type StepKey } from './permit-process.js';
import { type WorkCalendar } from './work-calendar.js';
/** One simulated event; times in epoch minutes. */
export interface SimEvent {
    readonly step: StepKey;
    readonly decision: DecisionKind | null;
    resource: string;
    start: number;
    end: number;
}
/** A simulated case and the patterns planted in it. */
export interface SimCase {
    readonly requester: string;
    readonly events: readonly SimEvent[];
    /** The requester signed this (approving) step of their own case. */
    readonly sod: {
        readonly step: StepKey;
        readonly resource: string;
    } | null;
    /** One person signed these two different steps. */
    readonly samePerson: {
        readonly steps: readonly [StepKey, StepKey];
        readonly resource: string;
    } | null;
    readonly archiveDuplicate: boolean;
    /** Times Legal review returned the case to the applicant. */
    readonly returns: number;
    /** Whether the case reached the Fire department point, and whether it skipped it there. */
    readonly reachedFire: boolean;
    readonly skippedFire: boolean;
    /** The step whose rejection ended the case, or null when the permit was issued. */
    readonly rejectedAt: StepKey | null;
}
/** Staff and applicants to draw signers from. */
export interface People {
    readonly staff: Readonly<Record<StepKey, readonly string[]>>;
    readonly applicants: number;
}
/**
 * Simulates a case submitted at `arrival` (epoch minutes, inside working hours): path, signers (with the planted
 * segregation-of-duties and same-person cases) and times, following the process as `change` reforms it (the same
 * random draws either way, so a reform changes only what it touches). O(events × working days waited).
 */
export declare function simulateCase(random: Prng, people: People, calendar: WorkCalendar, arrival: number, change?: ProcessChange): SimCase;
