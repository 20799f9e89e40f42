// Fails when a public package changed since its last release without a pending changeset
// naming it. The rule (also in .changeset/README.md), chosen so that it needs no base branch,
// no tag and no network, and works the same on a fresh clone of main and on a branch:
//   a package's last release is the last commit that touched its CHANGELOG.md (only
//   `changeset version` writes it; a package never versioned has none); every file of the
//   package that changes what is published (anything but tests, stories, Markdown, the
//   licence and the type-check-only tsconfig.json), changed since that commit (committed,
//   staged, unstaged or untracked), needs a `.changeset/*.md` that names the package.
//
// On a shallow clone (`git clone --depth N`, the default checkout of most CI services) the
// oldest commit is grafted: every file looks added there, so it would be taken for the last
// release and older changes would go unseen. The check then FAILS (it never fetches: it needs
// no network) for every package without a changeset whose last release it cannot see, and
// says to fetch the whole history (`git fetch --unshallow`; in CI, `fetch-depth: 0`).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publicPackages, ROOT } from './packages.mjs';

const NOT_SHIPPED = [
  /\.(test|stories)\.[cm]?[jt]sx?$/,
  /\.md$/i,
  /(^|\/)LICEN[CS]E/i,
  /(^|\/)tsconfig\.json$/,
];
const BUMPS = new Set(['major', 'minor', 'patch']);

const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const lines = (text) => text.split('\n').filter(Boolean);

/** The pending changesets: { file, packages: Map<name, bump> }. */
export function pendingChangesets(dir = join(ROOT, '.changeset')) {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
      const packages = new Map(
        lines(front).map((line) => {
          const match = /^\s*['"]?([^'":]+)['"]?\s*:\s*(\w+)\s*$/.exec(line);
          return match ? [match[1], match[2]] : [line.trim(), 'unreadable'];
        }),
      );
      return { file, packages };
    });
}

/** The last release of a package (a commit), or undefined when it was never versioned. */
export function lastRelease(pkg) {
  return git('log', '-1', '--format=%H', '--', `packages/${pkg.folder}/CHANGELOG.md`) || undefined;
}

/** The grafted commits of a shallow clone (empty for a whole history). */
export function shallowBoundaries() {
  const file = resolve(ROOT, git('rev-parse', '--git-path', 'shallow'));
  return new Set(existsSync(file) ? lines(readFileSync(file, 'utf8')) : []);
}

/** Files of the package that change what is published, changed since `since`. */
export function changedFiles(pkg, since) {
  const folder = `packages/${pkg.folder}`;
  const tracked = since
    ? lines(git('diff', '--name-only', since, '--', folder))
    : lines(git('ls-files', '--', folder));
  const untracked = lines(git('ls-files', '--others', '--exclude-standard', '--', folder));
  return [...new Set([...tracked, ...untracked])]
    .filter((file) => !NOT_SHIPPED.some((pattern) => pattern.test(file)))
    .sort();
}

/** Every problem found; empty when the repository may be released as it is. */
export function checkChangesets({ changesetDir } = {}) {
  const packages = publicPackages();
  const names = new Set(packages.map((pkg) => pkg.name));
  const changesets = pendingChangesets(changesetDir);
  const problems = [];
  for (const { file, packages: bumps } of changesets) {
    if (bumps.size === 0) problems.push(`.changeset/${file} names no package`);
    for (const [name, bump] of bumps) {
      if (!names.has(name))
        problems.push(`.changeset/${file} names ${name}, which is not a public package`);
      else if (!BUMPS.has(bump))
        problems.push(`.changeset/${file}: "${bump}" for ${name} is not major, minor or patch`);
    }
  }
  const report = [];
  const boundaries = shallowBoundaries();
  for (const pkg of packages) {
    const since = lastRelease(pkg);
    const changed = changedFiles(pkg, since);
    const covering = changesets
      .filter((changeset) => changeset.packages.has(pkg.name))
      .map((c) => c.file);
    const base = since ? `since ${since.slice(0, 7)} (last CHANGELOG.md)` : 'never released';
    report.push(
      `${pkg.name}: ${changed.length} changed file(s) ${base}; changesets: ${covering.join(', ') || 'none'}`,
    );
    if (covering.length === 0 && since && boundaries.has(since)) {
      problems.push(
        `${pkg.name}: shallow clone, its last release is older than the history here, so its ` +
          'changes cannot be seen: failing rather than guessing. Fetch the whole history ' +
          '(`git fetch --unshallow`; in CI, `fetch-depth: 0`) and run the check again',
      );
      continue;
    }
    if (changed.length > 0 && covering.length === 0) {
      const shown = changed.slice(0, 5).join(', ') + (changed.length > 5 ? ', …' : '');
      problems.push(
        `${pkg.name} changed (${shown}) ${base} with no changeset: run \`npx changeset\``,
      );
    }
  }
  return { problems, report };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { problems, report } = checkChangesets();
  for (const line of report) console.log(`  ${line}`);
  for (const problem of problems) console.error(`✖ ${problem}`);
  if (problems.length === 0) console.log('✔ every changed package has a changeset');
  process.exit(problems.length ? 1 : 0);
}
