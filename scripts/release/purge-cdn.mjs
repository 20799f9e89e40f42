// Asks jsDelivr to refresh the addresses partners load by range, after a release: without
// it the CDN may serve the previous release under `@1` for up to seven days, and relais.js
// and relais.css may meanwhile resolve to different versions. jsDelivr's purge endpoint is
// the CDN address with `purge.` for `cdn.`; a GET per file.
//   node scripts/release/purge-cdn.mjs [--dry-run]     (release.mjs runs it after tagging)
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publicPackages, SCRIPT_TAG_PACKAGE } from './packages.mjs';

const PURGE = 'https://purge.jsdelivr.net/npm';

/** The script-tag files partners load (`dist/…`): relais.js, relais.css, elements/*.js. */
function loadedFiles(distDir) {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return walk(distDir)
    .map((file) => relative(distDir, file))
    .filter((file) => /\.(js|css)$/.test(file))
    .sort();
}

/** The purge URLs of `version` (1.2.0 → `@1` and `@1.2`) for `files` under dist/. */
export function purgeUrls(name, version, files) {
  const [major, minor] = version.split('.');
  return [`${major}`, `${major}.${minor}`].flatMap((range) =>
    files.map((file) => `${PURGE}/${name}@${range}/dist/${file}`),
  );
}

/**
 * Purges every range address of @relais/embed's current version. `send: false` prints them
 * only (the registry round-trip, which publishes to a throwaway registry). A failed purge is
 * reported, never fatal: the release is out, and the cache expires by itself.
 */
export async function purgeCdn({ send = true } = {}) {
  const embed = publicPackages().find((pkg) => pkg.name === SCRIPT_TAG_PACKAGE);
  if (!embed) return [];
  const urls = purgeUrls(embed.name, embed.version, loadedFiles(join(embed.dir, 'dist')));
  for (const url of urls) {
    if (!send) {
      console.log(`not sent (a test release, or --dry-run): GET ${url}`);
      continue;
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      console.log(`${response.ok ? '✔' : '✖'} ${response.status} GET ${url}`);
    } catch (error) {
      console.warn(`✖ GET ${url}: ${error.message}; run \`npm run cdn:purge\` again later`);
    }
  }
  return urls;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await purgeCdn({ send: !process.argv.includes('--dry-run') });
}
