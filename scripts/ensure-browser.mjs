// Makes sure the three browser engines are there before the browser tests start: Chromium,
// Firefox ESR and WebKitGTK (with its WebDriver and xvfb-run). As root on Debian, the missing
// packages are installed with apt-get (waiting for the package lock if another install holds
// it); otherwise one line says what to install, and the tests stop. `RELAIS_ENGINES=chromium`
// asks for one engine only.
import { execFileSync } from 'node:child_process';
import { aptGet } from './apt.mjs';
import { REQUIREMENTS, selectedEngines } from './browsers.mjs';

const missing = () => selectedEngines().filter((engine) => !REQUIREMENTS[engine].found());
const packagesFor = (engines) => engines.flatMap((engine) => REQUIREMENTS[engine].debian);

let engines = missing();
if (engines.length) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let hasApt = false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    hasApt = true;
  } catch {
    hasApt = false;
  }
  if (isRoot && hasApt) {
    const names = packagesFor(engines);
    console.log(`[relais] Installing ${names.join(' ')} for ${engines.join(', ')} (apt-get)…`);
    // Another install may hold Debian's package lock: aptGet waits for it (and says so).
    try {
      await aptGet(['update', '-qq']);
      await aptGet(['install', '-y', '-qq', ...names]);
    } catch (error) {
      console.error(`[relais] ${error.message}`);
      process.exit(1);
    }
    engines = missing();
  }
  if (engines.length) {
    console.error(
      `[relais] Missing browser engine${engines.length > 1 ? 's' : ''} ${engines.join(', ')}: install them (Debian/Ubuntu: \`sudo apt-get install ${packagesFor(engines).join(' ')}\`), or set CHROME_PATH, FIREFOX_PATH, MINIBROWSER_PATH, or RELAIS_ENGINES to the engines you have.`,
    );
    process.exit(1);
  }
}
