/** Well-known install locations, checked in order after CHROME_PATH. */
export declare const CANDIDATES: readonly string[];
/** Why `file` is not a usable browser binary, or null if it is. */
export declare function rejectReason(file: string): string | null;
/** Absolute path to a usable Chromium/Chrome, or null. */
export declare function findChrome(): string | null;
/** Flags for headless Chromium on this kind of machine. */
export declare const LAUNCH_ARGS: readonly string[];
