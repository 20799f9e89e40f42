// Makes sure a Chrome or Chromium is there before the browser tests start: the machine's
// own, or Debian's `chromium` installed with apt-get when we are root. Otherwise one line
// says what to install, and the tests stop.
import { execFileSync } from 'node:child_process';
import { findChrome } from './chrome.mjs';

if (!findChrome()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let hasApt = false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    hasApt = true;
  } catch {
    hasApt = false;
  }
  if (isRoot && hasApt) {
    console.log('[relais] No Chrome or Chromium found: installing Debian’s chromium (apt-get)…');
    execFileSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  if (!findChrome()) {
    console.error(
      '[relais] No Chrome or Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to its executable.',
    );
    process.exit(1);
  }
}
