// The command registry: one module per command, loaded only when needed. Loading every command's module graph (every
// analysis and renderer, about 190 modules) took 0.3–0.7 s of each run's start-up; a run of one command loads one.
export const COMMANDS = [
    { name: 'inspect', load: async () => (await import('./inspect.js')).registerInspect },
    { name: 'convert', load: async () => (await import('./convert.js')).registerConvert },
    { name: 'map', load: async () => (await import('./map.js')).registerMap },
    { name: 'variants', load: async () => (await import('./variants.js')).registerVariants },
    { name: 'bottlenecks', load: async () => (await import('./bottlenecks.js')).registerBottlenecks },
    { name: 'check', load: async () => (await import('./check.js')).registerCheck },
    { name: 'policy', load: async () => (await import('./policy.js')).registerPolicy },
    { name: 'report', load: async () => (await import('./report.js')).registerReport },
    { name: 'audit', load: async () => (await import('./audit.js')).registerAudit },
    { name: 'compare', load: async () => (await import('./compare.js')).registerCompare },
];
/**
 * The registrations a command line needs: only its command's when it names one (and takes no `--config`, whose
 * top-level keys are checked against every command's options); all of them for help, version or a mistyped name,
 * so help lists every command and commander can suggest the closest one.
 */
export async function commandsFor(args) {
    const named = COMMANDS.find((entry) => entry.name === args[0]);
    const config = args.some((arg) => arg === '--config' || arg.startsWith('--config='));
    if (named && !config)
        return [await named.load()];
    return Promise.all(COMMANDS.map((entry) => entry.load()));
}
