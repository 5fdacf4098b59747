import type { PolicyCheck } from './check-policy.js';
/** An audit finding (issue 5). */
export interface PolicyFinding {
    readonly id: string;
    readonly type: 'missing-signature' | 'policy-violation';
    readonly severity: 'high' | 'medium' | 'low' | 'info';
    /** The steps the rule names, the one it is about first. */
    readonly activities: readonly string[];
    /** Every violating case id. */
    readonly cases: readonly string[];
    /** checked and violating cases, their share, and `impact` (the share of all cases), as the audit ranks findings by. */
    readonly metrics: {
        readonly checked: number;
        readonly violations: number;
        readonly share: number;
        readonly cases: number;
        readonly caseShare: number;
        readonly impact: number;
    };
    readonly message: string;
}
/**
 * One finding per broken rule: `missing-signature` for `required` rules (a signature the policy requires was not
 * collected), `policy-violation` for every other kind. Rules nobody broke give no finding. Messages in English, or
 * Persian with `lang` `fa`. O(rules).
 */
export declare function policyFindings(check: PolicyCheck, lang?: 'en' | 'fa'): PolicyFinding[];
