// `npm run bench` (root): the size table of dist/ (scripts/size.mjs), then Lighthouse's
// performance audit of the partner demo served on 127.0.0.1, as a phone on a slow network
// sees it (Lighthouse's default mobile throttling). Needs a build first; the root script
// builds @relais/embed and what it bundles.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { CHROME_ARGS, findChrome } from '../../../scripts/chrome.mjs';
import { startStaticServer } from '../../../scripts/static-server.mjs';
import { PACKAGE_DIR } from './bundle.mjs';

const ROOT = join(PACKAGE_DIR, '../..');
execFileSync(process.execPath, [join(PACKAGE_DIR, 'scripts/size.mjs')], { stdio: 'inherit' });

const { server, origin } = await startStaticServer({
  mounts: { '/': join(ROOT, 'apps/partner-demo'), '/embed/': join(PACKAGE_DIR, 'dist') },
});
try {
  // Asynchronous: the server above runs in this very process and must keep answering.
  const { stdout: output } = await promisify(execFile)(
    join(ROOT, 'node_modules/.bin/lighthouse'),
    [
      `${origin}/`,
      '--only-categories=performance',
      '--output=json',
      '--quiet',
      // Lighthouse splits this string on spaces: the one flag that holds spaces (the host
      // resolver rule) would break into pieces, and Chromium then never loads the page.
      `--chrome-flags=${CHROME_ARGS.filter((flag) => !flag.includes(' ')).join(' ')}`,
    ],
    {
      timeout: 120_000,
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: findChrome() },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const { categories, audits } = JSON.parse(output);
  console.log(`\nLighthouse ${JSON.parse(output).lighthouseVersion}, partner demo (mobile):`);
  console.log(`  performance score        ${Math.round(categories.performance.score * 100)}`);
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
  ]) {
    console.log(`  ${audits[id].title.padEnd(25)}${audits[id].displayValue}`);
  }
} finally {
  server.close();
}
