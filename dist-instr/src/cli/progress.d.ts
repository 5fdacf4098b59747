/**
 * Hooks for readLog's onProgress, and a `stop` to call when reading is over; no-ops when not a terminal (and then the
 * progress-bar library is not loaded).
 */
export declare function byteProgress(enabled: boolean): Promise<{
    onProgress?: (bytes: number, total: number | undefined) => void;
    stop(): void;
}>;
