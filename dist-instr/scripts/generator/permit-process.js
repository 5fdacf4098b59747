// The municipal permit process the generator simulates: its steps in English and Persian, who performs each
// (department and staff), how often each control rejects, and how long cases wait in front of each step.
/** Steps of the permit process, by a stable key. */
export const STEP_KEYS = [
    'submit', 'documentCheck', 'legalReview', 'resubmit', 'fireOpinion', 'technicalReview', 'committee', 'finance',
    'urbanPlanning', 'secretariat', 'archive', 'districtManager', 'permitIssued', 'rejected',
];
const HOUR = 60;
export const STEPS = {
    submit: { en: 'Submit application', fa: 'ثبت درخواست', roleEn: 'Applicant', roleFa: 'متقاضی', staff: 0, waitMedian: 0, waitSigma: 0, signs: false },
    documentCheck: { en: 'Document check', fa: 'بررسی مدارک', roleEn: 'Registry', roleFa: 'دبیرخانه پذیرش', staff: 4, waitMedian: 2 * HOUR, waitSigma: 0.6, signs: true },
    legalReview: { en: 'Legal review', fa: 'بررسی حقوقی', roleEn: 'Legal', roleFa: 'امور حقوقی', staff: 3, waitMedian: 6 * HOUR, waitSigma: 0.6, signs: true },
    resubmit: { en: 'Resubmit documents', fa: 'ارسال مجدد مدارک', roleEn: 'Applicant', roleFa: 'متقاضی', staff: 0, waitMedian: 9 * HOUR, waitSigma: 0.7, signs: false },
    fireOpinion: { en: 'Fire department opinion', fa: 'نظر آتش‌نشانی', roleEn: 'Fire department', roleFa: 'سازمان آتش‌نشانی', staff: 3, waitMedian: 8 * HOUR, waitSigma: 0.6, signs: true },
    technicalReview: { en: 'Technical review', fa: 'بررسی فنی', roleEn: 'Engineering', roleFa: 'واحد فنی', staff: 4, waitMedian: 7 * HOUR, waitSigma: 0.6, signs: true },
    committee: { en: 'Committee confirmation', fa: 'تایید کمیسیون', roleEn: 'Committee', roleFa: 'کمیسیون ماده صد', staff: 5, waitMedian: 8 * HOUR, waitSigma: 0.5, signs: true },
    finance: { en: 'Finance approval', fa: 'تایید امور مالی', roleEn: 'Finance', roleFa: 'امور مالی', staff: 3, waitMedian: 4 * HOUR, waitSigma: 0.6, signs: true },
    urbanPlanning: { en: 'Urban planning approval', fa: 'تایید شهرسازی', roleEn: 'Urban planning', roleFa: 'معاونت شهرسازی', staff: 3, waitMedian: 5 * HOUR, waitSigma: 0.6, signs: true },
    secretariat: { en: 'Secretariat signature', fa: 'امضای دبیرخانه', roleEn: 'Secretariat', roleFa: 'دبیرخانه', staff: 2, waitMedian: 1.5 * HOUR, waitSigma: 0.5, signs: true },
    archive: { en: 'Archive signature', fa: 'امضای بایگانی', roleEn: 'Archive', roleFa: 'بایگانی', staff: 2, waitMedian: 1 * HOUR, waitSigma: 0.5, signs: true },
    // The planted slow step: several working days of waiting (the other steps wait hours).
    districtManager: { en: 'District manager signature', fa: 'امضای مدیر منطقه', roleEn: 'District management', roleFa: 'مدیریت منطقه', staff: 2, waitMedian: 5.5 * 6 * HOUR, waitSigma: 0.35, signs: true },
    permitIssued: { en: 'Permit issued', fa: 'صدور پروانه', roleEn: 'System', roleFa: 'سامانه', staff: 0, waitMedian: 0.5 * HOUR, waitSigma: 0.5, signs: false },
    rejected: { en: 'Application rejected', fa: 'رد درخواست', roleEn: 'System', roleFa: 'سامانه', staff: 0, waitMedian: 0.25 * HOUR, waitSigma: 0.5, signs: false },
};
/** Rates of the planted behaviour. */
export const RATES = {
    documentCheckReject: 0.05,
    legalReject: 0.03,
    legalReturn: 0.15,
    /** Returns stop after this many rounds (the next Legal review approves or rejects). */
    maxLegalReturns: 3,
    fireSkip: 0.4,
    technicalReject: 0.06,
    financeReject: 0.03,
    urbanReject: 0.03,
    archiveDuplicate: 0.1,
    districtManagerReject: 0.04,
    sod: 0.03,
    samePerson: 0.015,
};
/** Label of a step in a language (canonical spelling). */
export function stepLabel(step, language) {
    return language === 'fa' ? STEPS[step].fa : STEPS[step].en;
}
/** Department label of a step. */
export function roleLabel(step, language) {
    return language === 'fa' ? STEPS[step].roleFa : STEPS[step].roleEn;
}
const DECISION_WORDS = {
    en: { approve: 'approved', reject: 'rejected', return: 'returned' },
    fa: { approve: 'تایید', reject: 'رد', return: 'برگشت' },
};
/** The decision word as written (Persian returns are sometimes written عودت). */
export function decisionWord(kind, language, alternative) {
    if (language === 'fa' && kind === 'return' && alternative)
        return 'عودت';
    return DECISION_WORDS[language][kind];
}
const SURNAMES_EN = ['smith', 'jones', 'taylor', 'brown', 'wilson', 'evans', 'thomas', 'roberts', 'walker', 'wright', 'green', 'hall', 'wood', 'clarke',
    'hughes', 'lewis', 'harris', 'martin', 'cooper', 'king', 'baker', 'hill', 'scott', 'moore', 'ward', 'turner', 'parker', 'adams', 'young', 'allen', 'price', 'bell'];
const SURNAMES_FA = ['ahmadi', 'hosseini', 'karimi', 'rezaei', 'mousavi', 'jafari', 'rahimi', 'sadeghi', 'moradi', 'heidari', 'ghasemi', 'kazemi',
    'nazari', 'sharifi', 'ebrahimi', 'hashemi', 'akbari', 'taheri', 'mohammadi', 'amini', 'salehi', 'bagheri', 'najafi', 'zamani', 'yazdani',
    'tehrani', 'shirazi', 'kermani', 'rostami', 'soltani', 'farahani', 'javadi'];
const INITIALS = 'abcdefghjklmnoprstz';
/** Staff user names per signing step (disjoint between steps, so a shared signer is always planted). */
export function staffRoster(language) {
    const surnames = language === 'fa' ? SURNAMES_FA : SURNAMES_EN;
    let next = 0;
    const roster = {};
    for (const step of STEP_KEYS) {
        roster[step] = Array.from({ length: STEPS[step].staff }, () => {
            const k = next++;
            return `${INITIALS[(k * 7) % INITIALS.length] ?? 'x'}.${surnames[k % surnames.length] ?? 'staff'}`;
        });
    }
    return roster;
}
/** The user name the system writes for automatic events. */
export const SYSTEM_USER = 'system';
