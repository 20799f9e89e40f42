// Packaging lints of `npm test`: every public package, packed as npm publishes it, passes
// publint, Are the Types Wrong? and the publishing policy; every changed package has a
// changeset. Also proves that each check can fail. Needs a build first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publicPackages, ROOT } from './packages.mjs';
import { kilobytes, lintPackage, pack, policy } from './lint-packages.mjs';
import { checkChangesets } from './check-changesets.mjs';

const PACKAGES = publicPackages();
const sizes = [];

for (const pkg of PACKAGES) {
  test(`${pkg.name}: packed, it passes publint, attw and the policy`, () => {
    assert.ok(existsSync(join(pkg.dir, 'dist')), `packages/${pkg.folder}/dist: build first`);
    const { errors, notes, size } = lintPackage(pkg);
    sizes.push(size);
    console.log(`${pkg.name}@${pkg.version}: ${notes.join(', ')}`);
    assert.deepEqual(errors, [], errors.join('\n'));
  });
}

test('every package changed since its last release has a changeset', () => {
  const { problems, report } = checkChangesets();
  console.log(report.join('\n'));
  assert.deepEqual(problems, []);
});

test('npm pack sizes: what a user downloads', () => {
  assert.equal(sizes.length, PACKAGES.length);
  for (const row of sizes) {
    console.log(
      `${row.name.padEnd(26)} ${kilobytes(row.size).padStart(9)} packed ${kilobytes(row.unpackedSize).padStart(9)} unpacked ${String(row.entryCount).padStart(4)} files`,
    );
  }
});

// The checks can fail: a broken copy of a real package, and a change with no changeset.

test('the policy refuses a package whose exports, sideEffects and licence are broken', () => {
  const [pkg] = PACKAGES;
  const work = mkdtempSync(join(tmpdir(), 'relais-broken-'));
  try {
    const { tarball } = pack(pkg, work);
    execFileSync('tar', ['-xzf', tarball, '-C', work]);
    const root = join(work, 'package');
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    delete manifest.exports['.'];
    delete manifest.sideEffects;
    writeFileSync(join(root, 'package.json'), JSON.stringify(manifest));
    rmSync(join(root, 'LICENSE'), { force: true });
    const errors = policy(pkg, root);
    assert.ok(errors.includes('"exports" needs a "." entry'), errors.join('\n'));
    assert.ok(
      errors.includes('"sideEffects" is undefined: name the files that register tags, or false'),
      errors.join('\n'),
    );
    assert.ok(errors.includes('no LICENSE file in the package'), errors.join('\n'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('the changeset check refuses a changed package with no changeset', () => {
  const empty = mkdtempSync(join(tmpdir(), 'relais-changesets-'));
  try {
    cpSync(join(ROOT, '.changeset/README.md'), join(empty, 'README.md'));
    const { problems } = checkChangesets({ changesetDir: empty });
    const changed = PACKAGES.filter((pkg) =>
      problems.some((p) => p.startsWith(`${pkg.name} changed`)),
    );
    assert.ok(changed.length > 0, 'every package is unreleased or changed, so each needs one');
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});

/**
 * A tiny repository with the changeset check in it: one public package, released (its
 * CHANGELOG.md committed), then `commits` more commits changing its source.
 */
function releasedThenChanged(work, commits) {
  const repo = join(work, 'repo');
  const git = (...args) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  mkdirSync(join(repo, 'scripts/release'), { recursive: true });
  mkdirSync(join(repo, 'packages/demo/src'), { recursive: true });
  mkdirSync(join(repo, '.changeset'));
  for (const file of ['check-changesets.mjs', 'packages.mjs']) {
    cpSync(join(ROOT, 'scripts/release', file), join(repo, 'scripts/release', file));
  }
  writeFileSync(join(repo, '.changeset/README.md'), '# Changesets\n');
  writeFileSync(
    join(repo, 'packages/demo/package.json'),
    JSON.stringify({ name: '@relais/demo', version: '1.1.0' }),
  );
  writeFileSync(join(repo, 'packages/demo/CHANGELOG.md'), '# @relais/demo\n\n## 1.1.0\n');
  writeFileSync(join(repo, 'packages/demo/src/index.ts'), 'export const n = 0;\n');
  git('init', '--quiet', '--initial-branch', 'main');
  git('add', '--all');
  git('-c', 'user.name=t', '-c', 'user.email=t@t.invalid', 'commit', '-qm', 'Release 1.1.0');
  for (let n = 1; n <= commits; n += 1) {
    writeFileSync(join(repo, 'packages/demo/src/index.ts'), `export const n = ${n};\n`);
    git('-c', 'user.name=t', '-c', 'user.email=t@t.invalid', 'commit', '-qam', `change ${n}`);
  }
  return repo;
}

/** Runs the check in `repo`: { code, output }. */
function runCheck(repo) {
  try {
    const output = execFileSync('node', ['scripts/release/check-changesets.mjs'], {
      cwd: repo,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, output };
  } catch (error) {
    return { code: error.status, output: `${error.stdout}${error.stderr}` };
  }
}

test('on a --depth 1 clone, a change without a changeset fails the check (it does not fetch)', () => {
  const work = mkdtempSync(join(tmpdir(), 'relais-shallow-'));
  try {
    const repo = releasedThenChanged(work, 2);
    // The whole history sees the change.
    const whole = runCheck(repo);
    assert.equal(whole.code, 1, whole.output);
    assert.match(whole.output, /@relais\/demo changed \(packages\/demo\/src\/index\.ts\)/);
    // A CI checkout: one commit, grafted, in which every file looks added.
    const shallow = join(work, 'shallow');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo}`, shallow]);
    const result = runCheck(shallow);
    assert.equal(result.code, 1, result.output);
    assert.match(result.output, /@relais\/demo: shallow clone.*git fetch --unshallow/);
    // With the changeset written, the history no longer matters: it passes, shallow or not.
    writeFileSync(join(shallow, '.changeset/demo.md'), "---\n'@relais/demo': patch\n---\n\nFix.\n");
    const described = runCheck(shallow);
    assert.equal(described.code, 0, described.output);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
