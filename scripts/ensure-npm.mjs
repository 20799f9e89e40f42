// Makes `npm` the version package.json's `packageManager` names, before `npm ci`: the node
// image of the GitHub workflows brings an older npm than the project's machines, and the two
// install differently (npm 11 runs no package's install script unless approved, so no
// browser download; npm 10 runs them all). Run before node_modules exists: Node's own
// modules only. As root, a different npm is replaced (`npm install --global`); otherwise one
// line says which npm to install, and it stops.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { packageManager } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
);
const wanted = /^npm@(\d+\.\d+\.\d+)$/.exec(packageManager ?? '')?.[1];
if (!wanted) {
  console.error(`[relais] package.json packageManager "${packageManager}" is not npm@x.y.z`);
  process.exit(1);
}
const npm = (...args) => execFileSync('npm', args, { encoding: 'utf8' }).trim();
const current = npm('--version');
if (current !== wanted) {
  if (process.getuid?.() !== 0) {
    console.error(
      `[relais] npm ${current}; this project uses npm ${wanted}: npm i -g npm@${wanted}`,
    );
    process.exit(1);
  }
  console.log(`[relais] npm ${current} → ${wanted} (package.json packageManager)`);
  execFileSync('npm', ['install', '--global', '--no-audit', '--no-fund', `npm@${wanted}`], {
    stdio: 'inherit',
  });
  const now = npm('--version');
  if (now !== wanted) {
    console.error(`[relais] npm is still ${now} after installing ${wanted}`);
    process.exit(1);
  }
}
