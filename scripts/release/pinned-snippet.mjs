// The pinned script tag of packages/embed/README.md: an exact version of @relais/embed with
// the Subresource Integrity hash of the dist/relais.js that version holds. The README ships
// in the tarball, so the block is written by the release, after `changeset version` and the
// build, from the built file (`npm run release` runs `writePinnedSnippet()`); nobody edits it.
// Before the first release there is no version to pin: the block says so and shows the form
// only, so that the README never names a version that is not on the registry.
//   node scripts/release/pinned-snippet.mjs [--check]
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publicPackages, ROOT, SCRIPT_TAG_PACKAGE } from './packages.mjs';

const BEGIN =
  '<!-- release: pinned (written by scripts/release/pinned-snippet.mjs; do not edit) -->';
const END = '<!-- /release: pinned -->';
const BLOCK = new RegExp(`${escape(BEGIN)}([\\s\\S]*?)${escape(END)}`);
/** The pinned script tag as the README shows it, once released. */
const PINNED_TAG =
  /src="https:\/\/cdn\.jsdelivr\.net\/npm\/@relais\/embed@(\d+\.\d+\.\d+[^/"]*)\/dist\/relais\.js"\s+integrity="([^"]+)"/;

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `sha384-…` of a file's bytes, as the `integrity` attribute wants it. */
export function sriHash(file) {
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}

/** The script tag, with `version` and `integrity` written in. */
function scriptTag(version, integrity) {
  return [
    '```html',
    '<script',
    '  type="module"',
    `  src="https://cdn.jsdelivr.net/npm/@relais/embed@${version}/dist/relais.js"`,
    `  integrity="${integrity}"`,
    '  crossorigin="anonymous"',
    '></script>',
    '```',
  ].join('\n');
}

/**
 * The block's content for the package in `dir`: released (it has a CHANGELOG.md, which only
 * `changeset version` writes) → its version and the hash of its built dist/relais.js;
 * never released → no version at all.
 */
export function pinnedBlock(dir) {
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (!existsSync(join(dir, 'CHANGELOG.md'))) {
    return [
      'No version of `@relais/embed` has been released yet, so there is none to pin: the first',
      'release writes its exact version here, with the hash of the `relais.js` it publishes.',
      'The tag will read:',
      '',
      scriptTag('<version>', 'sha384-<hash of that version’s dist/relais.js>'),
    ].join('\n');
  }
  const file = join(dir, 'dist/relais.js');
  if (!existsSync(file)) throw new Error(`${file} is missing: build before writing the README`);
  return [
    `For \`@relais/embed@${version}\`, the release this README came with (the hash is that of`,
    'its `dist/relais.js`, computed by the release from the file it published):',
    '',
    scriptTag(version, sriHash(file)),
  ].join('\n');
}

/** Reads the pinned block of a README's text: { version, integrity } or undefined (unreleased). */
export function readPinned(readmeText) {
  const block = BLOCK.exec(readmeText);
  if (!block) throw new Error(`no block between "${BEGIN}" and "${END}"`);
  const tag = PINNED_TAG.exec(block[1]);
  return tag ? { version: tag[1], integrity: tag[2] } : undefined;
}

/** The README with its block written for the package in `dir`. */
export function withPinnedBlock(readmeText, dir) {
  if (!BLOCK.test(readmeText)) throw new Error(`no block between "${BEGIN}" and "${END}"`);
  return readmeText.replace(BLOCK, () => `${BEGIN}\n\n${pinnedBlock(dir)}\n\n${END}`);
}

function embedDir(root) {
  const embed = publicPackages(root).find((pkg) => pkg.name === SCRIPT_TAG_PACKAGE);
  if (!embed) throw new Error(`${SCRIPT_TAG_PACKAGE} is not a public package of ${root}`);
  return embed.dir;
}

/** Rewrites packages/embed/README.md; returns whether it changed. */
export function writePinnedSnippet(root = ROOT) {
  const dir = embedDir(root);
  const file = join(dir, 'README.md');
  const before = readFileSync(file, 'utf8');
  const after = withPinnedBlock(before, dir);
  if (after !== before) writeFileSync(file, after);
  return after !== before;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const dir = embedDir(ROOT);
    const text = readFileSync(join(dir, 'README.md'), 'utf8');
    if (withPinnedBlock(text, dir) !== text) {
      console.error('✖ packages/embed/README.md: the pinned block is not what the release writes');
      process.exit(1);
    }
    console.log('✔ packages/embed/README.md: pinned block up to date');
  } else {
    console.log(
      writePinnedSnippet() ? 'packages/embed/README.md: pinned block written' : 'unchanged',
    );
  }
}
