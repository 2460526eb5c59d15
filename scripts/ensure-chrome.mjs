// Make sure a Chromium/Chrome binary is available for the browser tests.
// Run first by `npm test`. Installs Debian's `chromium` package when running as
// root on Debian; otherwise explains what to install and exits 1.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findChrome, rejectReason } from './find-chrome.mjs';

/** Parse /etc/os-release into a key → value map (empty if unavailable). */
function osRelease() {
  /** @type {Record<string, string>} */
  const out = {};
  let text;
  try {
    text = readFileSync('/etc/os-release', 'utf8');
  } catch {
    return out;
  }
  for (const line of text.split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) out[m[1]] = m[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return out;
}

/** Run a command with inherited stdio; exit with its status if it fails. */
function run(cmd, args) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (res.error) {
    console.error(`ensure-chrome: could not run ${cmd}: ${res.error.message}`);
    process.exit(1);
  }
  if (res.status !== 0) {
    console.error(
      `ensure-chrome: \`${cmd} ${args.join(' ')}\` failed with status ${res.status ?? res.signal}`,
    );
    process.exit(1);
  }
}

function found(file) {
  console.log(`Chromium: ${file}`);
  process.exit(0);
}

const envPath = process.env.CHROME_PATH;
if (envPath) {
  const reason = rejectReason(path.resolve(envPath));
  if (reason) console.warn(`ensure-chrome: ignoring CHROME_PATH=${envPath}: it ${reason}.`);
}

const existing = findChrome();
if (existing) found(existing);

const os = osRelease();
const ids = [os.ID ?? '', ...(os.ID_LIKE ?? '').split(/\s+/)];
const isRoot = process.getuid?.() === 0;

if (process.platform === 'linux' && os.ID === 'debian' && isRoot) {
  console.log('ensure-chrome: no Chromium found; installing Debian package "chromium" ...');
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
  const installed = findChrome();
  if (installed) found(installed);
  console.error('ensure-chrome: apt-get installed "chromium" but no usable binary was found afterwards.');
  process.exit(1);
}

const lines = ['No usable Chromium or Google Chrome was found (the browser tests need one).', ''];
if (process.platform === 'darwin') {
  lines.push(
    'Install Google Chrome from https://www.google.com/chrome/ (or: brew install --cask google-chrome),',
    'or point CHROME_PATH at a Chrome/Chromium binary, e.g.',
    '  export CHROME_PATH="/Applications/Chromium.app/Contents/MacOS/Chromium"',
  );
} else if (os.ID === 'ubuntu' || ids.includes('ubuntu')) {
  lines.push(
    "On Ubuntu the apt package 'chromium-browser' is only a stub that installs a snap,",
    'and the snap cannot be driven by the test runner. Instead either:',
    '  - install Google Chrome from the .deb:',
    '      wget https://dl.google.com/linux/direct/google-chrome-stable_current_amd64.deb',
    '      sudo apt-get install ./google-chrome-stable_current_amd64.deb',
    '  - or set CHROME_PATH to a non-snap Chrome/Chromium binary.',
  );
} else if (os.ID === 'debian' || ids.includes('debian')) {
  lines.push(
    'Install it with:',
    '  sudo apt-get install chromium',
    'or set CHROME_PATH to a Chrome/Chromium binary.',
  );
} else {
  lines.push(
    'Install Chromium or Google Chrome with your package manager,',
    'or set CHROME_PATH to the browser binary.',
  );
}
lines.push(
  '',
  `Looked for: ${envPath ? `CHROME_PATH (${envPath}), ` : ''}/usr/bin/chromium, /usr/bin/chromium-browser,`,
  '  /usr/bin/google-chrome(-stable), /opt/google/chrome/chrome and the macOS /Applications bundles.',
);
console.error(lines.join('\n'));
process.exit(1);
