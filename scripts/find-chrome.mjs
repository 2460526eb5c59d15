// Locate a usable Chromium / Google Chrome binary without running it.
// Used by scripts/ensure-chrome.mjs and by the browser-test harness.
import { accessSync, closeSync, constants, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** Well-known install locations, checked in order after CHROME_PATH. */
export const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Read at most `length` bytes from the start of a file ('' if unreadable). */
function head(file, length = 4096) {
  let fd;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(length);
    const n = readSync(fd, buf, 0, length, 0);
    return buf.subarray(0, n).toString('latin1');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Why `file` is not a usable browser binary, or null if it is.
 * Rejects missing / non-executable files and Ubuntu's snap transition stub
 * (a shell script that tells you to `snap install chromium`, or a path under /snap).
 * @param {string} file
 * @returns {string | null}
 */
export function rejectReason(file) {
  let real;
  try {
    real = realpathSync(file);
  } catch {
    return 'does not exist';
  }
  try {
    if (!statSync(real).isFile()) return 'is not a regular file';
    accessSync(real, constants.X_OK);
  } catch {
    return 'is not executable';
  }
  if (real === '/snap' || real.startsWith('/snap/') || real.includes('/snap/bin/')) {
    return `resolves to a snap (${real})`;
  }
  const start = head(real);
  if (start.startsWith('#!') && /\/snap\/|\bsnap\s+(install|run)\b/.test(start)) {
    return 'is the snap stub script, not a browser';
  }
  return null;
}

/**
 * Absolute path to a usable Chromium/Chrome, or null.
 * CHROME_PATH (if set) wins, but only when it exists and is executable.
 * @returns {string | null}
 */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  const candidates = fromEnv ? [path.resolve(fromEnv), ...CANDIDATES] : CANDIDATES;
  for (const file of candidates) {
    if (rejectReason(file) === null) return file;
  }
  return null;
}

/**
 * Flags for headless Chromium on this kind of machine (tests and benchmarks alike): no sandbox (root in CI),
 * no GPU, and no background traffic to Google's services, which the closed network refuses.
 */
export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
