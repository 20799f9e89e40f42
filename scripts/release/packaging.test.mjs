// Packaging lints of `npm test`: every public package, packed as npm publishes it, passes
// publint, Are the Types Wrong? and the publishing policy; every changed package has a
// changeset. Also proves that each check can fail. Needs a build first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
