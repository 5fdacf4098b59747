export declare const EXIT_OK = 0;
/** Findings at or above `--fail-on` exist. */
export declare const EXIT_FINDINGS = 1;
/** Bad input or usage. */
export declare const EXIT_USAGE = 2;
