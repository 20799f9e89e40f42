// Page impact: Lighthouse on apps/partner-demo as it ships (with the embed) and on the same
// page without the embed's two lines (the baseline: the fallback paragraphs alone), with
// Lighthouse's default mobile profile (simulated slow 4G, 4× CPU slowdown), served
// brotli-compressed from 127.0.0.1 as a CDN would.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROME_ARGS, findChrome } from '../../../../scripts/chrome.mjs';
import { startStaticServer } from '../../../../scripts/static-server.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The demo page without the snippet: every line that loads /embed/ goes. */
export function withoutEmbed(html) {
  const out = html
    .split('\n')
    .filter((line) => !/\/embed\/|<!-- Relais, as a partner pastes it/.test(line))
    .join('\n');
  if (/\/embed\//.test(out) || out === html) {
    throw new Error('apps/partner-demo/index.html: could not take the embed out of the page.');
  }
  return out;
}

/** Runs Lighthouse on `url`; resolves to the figures the report shows. */
async function lighthouse(root, url) {
  const { stdout } = await promisify(execFile)(
    join(root, 'node_modules/.bin/lighthouse'),
    [
      url,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--output=json',
      '--quiet',
      // Lighthouse splits this string on spaces: the one flag that holds spaces (the host
      // resolver rule) would break into pieces, and Chromium then never loads the page.
      `--chrome-flags=${CHROME_ARGS.filter((flag) => !flag.includes(' ')).join(' ')}`,
    ],
    {
      timeout: 180_000,
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: findChrome() },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const { categories, audits, lighthouseVersion } = JSON.parse(stdout);
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round(categories[id].score * 100)]),
  );
  const requests = audits['network-requests'].details.items;
  return {
    lighthouseVersion,
    ...scores,
    cls: audits['cumulative-layout-shift'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    fcp: audits['first-contentful-paint'].numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
    transferred: audits['total-byte-weight'].numericValue,
    requests: requests.length,
    failed: [
      ...CATEGORIES.flatMap((id) =>
        categories[id].auditRefs
          .filter(
            (ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1,
          )
          .map((ref) => `${id}: ${ref.id}`),
      ),
    ],
  };
}

/** { withEmbed, withoutEmbed } Lighthouse figures of the partner demo. */
export async function measurePageImpact({ root, dist, workDir }) {
  const demo = join(root, 'apps/partner-demo');
  const bare = join(workDir, 'partner-demo-without-embed');
  mkdirSync(bare, { recursive: true });
  writeFileSync(
    join(bare, 'index.html'),
    withoutEmbed(readFileSync(join(demo, 'index.html'), 'utf8')),
  );
  copyFileSync(join(demo, 'site.css'), join(bare, 'site.css'));
  const { server, origin } = await startStaticServer({
    mounts: { '/': demo, '/bare/': bare, '/embed/': dist },
    compress: true,
  });
  try {
    // One after the other: two Chromium instances at once would slow each other down.
    const withEmbed = await lighthouse(root, `${origin}/`);
    const without = await lighthouse(root, `${origin}/bare/`);
    return { withEmbed, withoutEmbed: without };
  } finally {
    server.close();
  }
}
