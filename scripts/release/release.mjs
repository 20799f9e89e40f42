// `npm run release`: from pending changesets to packages on the registry, a release commit and
// its tags, in this order (each step is a function of STEPS below):
//   1. refuse a dirty working tree, or a branch other than `baseBranch` (.changeset/config.json);
//   2. run the tests (`npm test`);
//   3. `changeset version`: versions and CHANGELOG.md files from the pending changesets;
//   4. `npm install`: package-lock.json follows the new versions (changesets does not);
//   5. each package's VERSION constant follows its package.json (sync-versions.mjs);
//   6. build every package from scratch (`--force`: a cached build may replay files whose
//      source is gone); this writes `window.relais.version` into relais.js;
//   7. write what names a version or a hash from the built files: the pinned script tag of
//      packages/embed/README.md with the SRI hash of the dist/relais.js just built;
//   8. lint every package packed as it will be published (its new version, its README);
//   9. commit the release ("Release 1.2.0");
//  10. publish every public package whose version is not on the registry yet (publish.mjs);
//  11. tag the release commit (`@relais/core@1.2.0`, one tag per package);
//  12. ask jsDelivr to refresh the `@1` and `@1.2` addresses (purge-cdn.mjs).
// Then push: `git push --follow-tags`.
//
// Interrupted, it is run again as it is:
//   - before the commit (steps 3-8), nothing was published: the half-done release is put
//     aside with `git stash` (its changes are kept, never thrown away) and it starts over;
//   - after the commit, HEAD is the release commit: there is nothing to version or commit,
//     publish skips every version already on the registry, and tagging skips every tag that
//     already points at the release commit (and stops on one that points elsewhere).
//
// CI (.github/workflows/release.yml) runs it in two halves, the version pull request of
// changesets: `release.mjs version` (steps 1-8, the action commits them in a pull request) and,
// once that is merged, `release.mjs publish` (steps 1-2, 6-8, 10-12, with npm provenance).
//
//   node scripts/release/release.mjs [all|version|publish] [--registry <url>] [--skip-tests]
// `--registry`: publish there (the registry round-trip's throwaway Verdaccio); the CDN is
// then left alone. `--skip-tests`: only for the round-trip, which is itself the last step of
// `npm test` and so runs after every other test passed on the same sources.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lastRelease } from './check-changesets.mjs';
import { publicPackages, ROOT } from './packages.mjs';
import { writePinnedSnippet } from './pinned-snippet.mjs';
import { publish, sh } from './publish.mjs';
import { purgeCdn } from './purge-cdn.mjs';
import { syncVersions } from './sync-versions.mjs';

const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const tryGit = (...args) => {
  try {
    return git(...args);
  } catch {
    return undefined;
  }
};
const started = Date.now();
const say = (text) =>
  console.log(`\n▶ release (${Math.round((Date.now() - started) / 1000)} s): ${text}`);

/** Where an unfinished release notes the commit it started from (inside .git, never committed). */
const JOURNAL = resolve(ROOT, git('rev-parse', '--git-path', 'relais-release.json'));

/** The one version of the fixed group (.changeset/README.md): every public package has it. */
function releaseVersion() {
  const versions = [...new Set(publicPackages().map((pkg) => pkg.version))];
  if (versions.length !== 1)
    throw new Error(`public packages disagree on the version: ${versions}`);
  return versions[0];
}

function checkTreeAndBranch() {
  const { baseBranch } = JSON.parse(readFileSync(join(ROOT, '.changeset/config.json'), 'utf8'));
  const branch = tryGit('symbolic-ref', '--short', 'HEAD');
  // changesets/action versions on its own branch, then opens the pull request from it.
  const allowed =
    phase === 'version' ? [baseBranch, `changeset-release/${baseBranch}`] : [baseBranch];
  if (!allowed.includes(branch)) {
    throw new Error(`releases are made from ${baseBranch}; this is ${branch ?? 'a detached HEAD'}`);
  }
  if (git('status', '--porcelain') === '') return;
  const journal = existsSync(JOURNAL) ? JSON.parse(readFileSync(JOURNAL, 'utf8')) : undefined;
  if (journal?.head !== git('rev-parse', 'HEAD')) {
    throw new Error('the working tree has changes: commit or stash them, then release');
  }
  // Our own half-done release: nothing of it was published (publishing comes after the commit).
  git(
    'stash',
    'push',
    '--include-untracked',
    '-m',
    `relais: interrupted release from ${journal.head}`,
  );
  say(`an interrupted release left changes; they are kept in \`git stash list\`, starting over`);
}

function runTests(skip) {
  if (skip) {
    say('tests skipped (--skip-tests: the registry round-trip runs last in `npm test`)');
    return;
  }
  sh('npm', ['test']);
}

function version() {
  writeFileSync(JOURNAL, JSON.stringify({ head: git('rev-parse', 'HEAD') }));
  sh('npx', ['changeset', 'version']);
  sh('npm', ['install', '--no-audit', '--no-fund']);
  syncVersions();
}

function build() {
  sh('npx', ['turbo', 'run', 'build', '--force', '--output-logs=errors-only']);
}

/**
 * `all` and `version` write the block; `publish` (CI, after the version pull request was
 * merged) only checks it: a different hash there would mean that the relais.js built now is
 * not the one the release commit describes, and the tag could not be rebuilt.
 */
function writeVersionedDocs() {
  const changed = writePinnedSnippet();
  if (changed && phase === 'publish') {
    throw new Error(
      'the relais.js built now does not have the hash the release commit pins (packages/embed/README.md)',
    );
  }
  say(`packages/embed/README.md pinned block ${changed ? 'written' : 'already up to date'}`);
}

function lint() {
  sh('node', ['scripts/release/lint-packages.mjs', '--release']);
}

function commit() {
  git('add', '--all');
  if (git('status', '--porcelain') === '') {
    say('nothing to commit: HEAD already holds the released versions');
  } else {
    git('commit', '--quiet', '-m', `Release ${releaseVersion()}`);
    say(`committed ${git('rev-parse', '--short', 'HEAD')} "Release ${releaseVersion()}"`);
  }
  rmSync(JOURNAL, { force: true });
}

/**
 * Tags each package at its release commit: the last commit that touched its CHANGELOG.md
 * (what the changeset check calls its last release), whose package.json must say the version.
 */
function tag() {
  for (const pkg of publicPackages()) {
    const name = `${pkg.name}@${pkg.version}`;
    const commit = lastRelease(pkg);
    if (!commit) {
      say(`${pkg.name} was never versioned (no CHANGELOG.md): nothing to tag`);
      continue;
    }
    const atCommit = JSON.parse(git('show', `${commit}:packages/${pkg.folder}/package.json`));
    if (atCommit.version !== pkg.version) {
      throw new Error(`${name}: its release commit ${commit.slice(0, 7)} says ${atCommit.version}`);
    }
    const existing = tryGit('rev-list', '-n', '1', `refs/tags/${name}`);
    if (existing === commit) continue;
    if (existing) {
      throw new Error(
        `tag ${name} points at ${existing.slice(0, 7)}, not at ${commit.slice(0, 7)}`,
      );
    }
    git('tag', '-a', name, '-m', name, commit);
    console.log(`New tag: ${name}`);
    tagged += 1;
  }
}

/** Tags made by this run: the CDN is refreshed after a release, not after every push. */
let tagged = 0;

function refreshCdn() {
  if (tagged === 0) {
    say('no new release: the CDN is left alone (`npm run cdn:purge` refreshes it by hand)');
    return undefined;
  }
  return purgeCdn({ send: !registry });
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { registry: { type: 'string' }, 'skip-tests': { type: 'boolean', default: false } },
});
const phase = positionals[0] ?? 'all';
const registry = values.registry;

/** [phase names it belongs to, what it does]. */
const STEPS = [
  [['all', 'version', 'publish'], 'clean tree on the release branch', checkTreeAndBranch],
  [['all', 'version', 'publish'], 'tests', () => runTests(values['skip-tests'])],
  [['all', 'version'], 'changeset version, npm install, VERSION constants', version],
  [['all', 'version', 'publish'], 'build', build],
  [
    ['all', 'version', 'publish'],
    'README pinned block from the built relais.js',
    writeVersionedDocs,
  ],
  [['all', 'version', 'publish'], 'packaging lints on the versioned packages', lint],
  [['all'], 'release commit', commit],
  [['all', 'publish'], 'publish', () => publish({ registry })],
  [['all', 'publish'], 'tags on the release commit', tag],
  [['all', 'publish'], 'CDN refresh', refreshCdn],
];
if (!['all', 'version', 'publish'].includes(phase)) {
  console.error(`release.mjs: unknown phase "${phase}" (all, version or publish)`);
  process.exit(2);
}
try {
  for (const [phases, name, step] of STEPS) {
    if (!phases.includes(phase)) continue;
    say(name);
    await step();
  }
  say(`done: ${releaseVersion()}${phase === 'version' ? ' (versioned, not committed)' : ''}`);
} catch (error) {
  console.error(`\n✖ release stopped: ${error.message}`);
  console.error('  Fix the cause and run it again: finished steps are not done twice.');
  process.exit(1);
}
