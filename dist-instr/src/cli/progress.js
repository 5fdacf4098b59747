// A progress bar over bytes read, on standard error, only when it is a terminal (never in logs of scheduled jobs).
/**
 * Hooks for readLog's onProgress, and a `stop` to call when reading is over; no-ops when not a terminal (and then the
 * progress-bar library is not loaded).
 */
export async function byteProgress(enabled) {
    if (!enabled || process.stderr.isTTY !== true)
        return { stop: () => undefined };
    const { default: cliProgress } = await import('cli-progress');
    let bar;
    return {
        onProgress(bytes, total) {
            if (total === undefined || total < 8 << 20)
                return;
            if (!bar) {
                bar = new cliProgress.SingleBar({ stream: process.stderr, format: 'reading [{bar}] {percentage}% {value}/{total} MB', clearOnComplete: true, hideCursor: true }, cliProgress.Presets.shades_classic);
                bar.start(Math.ceil(total / 1e6), 0);
            }
            bar.update(Math.floor(bytes / 1e6));
        },
        stop() {
            bar?.stop();
        },
    };
}
