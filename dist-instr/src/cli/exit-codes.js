// The three exit codes scheduled jobs rely on.
export const EXIT_OK = 0;
/** Findings at or above `--fail-on` exist. */
export const EXIT_FINDINGS = 1;
/** Bad input or usage. */
export const EXIT_USAGE = 2;
