// Packs every public package as npm would publish it, then lints the tarball: publint, Are
// the Types Wrong?, and the repository's own publishing policy (exports with types first,
// files, sideEffects, customElements, README, licence, repository, Lit as a dependency).
// Prints what a user downloads. `node scripts/release/lint-packages.mjs [--release] [folder…]`;
// exit 1 on any error. Needs a build first (`npx turbo run build`). `--release` (the release
// runs it so, after versioning) also requires @relais/embed's README to pin the packed
// version with the hash of the packed dist/relais.js.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { customElementsFrom, publicPackages, ROOT, SCRIPT_TAG_PACKAGE } from './packages.mjs';
import { readPinned, sriHash } from './pinned-snippet.mjs';

const BIN = join(ROOT, 'node_modules/.bin');

/**
 * ESM only, on purpose: every package is `"type": "module"` with an `import`-style `exports`
 * map, so `require()` from CommonJS resolving to ESM ("cjs-resolves-to-esm") is expected, and
 * node10 has no `exports` at all. The `esm-only` profile leaves out exactly those two
 * resolution modes and keeps node16-from-ESM and bundler, the two our users have.
 */
const ATTW_ARGS = ['--profile', 'esm-only', '--format', 'ascii', '--no-emoji', '--no-color'];

/**
 * Subpaths that export a stylesheet or another asset, not a module: TypeScript has nothing
 * to resolve there (a page links `tokens.css`, a bundler imports it), so attw, which checks
 * type resolution, would report "Resolution failed" for a file that is right.
 */
function assetEntrypoints(exportsMap) {
  return Object.entries(exportsMap ?? {})
    .filter(([subpath, target]) => subpath !== './package.json' && typeof target === 'string')
    .filter(([, target]) => !/\.(m?js|d\.ts)$/.test(target))
    .map(([subpath]) => subpath);
}

/** `npm pack` into `destination`; returns the pack report (same figures as `--dry-run`). */
export function pack(pkg, destination) {
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: pkg.dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [report] = JSON.parse(output);
  return { ...report, tarball: join(destination, report.filename) };
}

/** Runs a linter; returns its output and whether it exited 0. */
function runTool(command, args) {
  try {
    return { ok: true, output: execFileSync(command, args, { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    return { ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}

/**
 * Lints one package. Returns { errors, notes, size } where `errors` are strings (empty when
 * the package may be published) and `size` is the pack report.
 */
export function lintPackage(pkg, { release = false } = {}) {
  const work = mkdtempSync(join(tmpdir(), `relais-pack-${pkg.folder}-`));
  try {
    const size = pack(pkg, work);
    execFileSync('tar', ['-xzf', size.tarball, '-C', work]);
    const root = join(work, 'package');
    const errors = policy(pkg, root, { release }).map((message) => `policy: ${message}`);
    const publint = runTool(join(BIN, 'publint'), ['run', size.tarball, '--level', 'warning']);
    if (!publint.ok) errors.push(`publint:\n${publint.output.trim()}`);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const assets = assetEntrypoints(manifest.exports);
    const attwArgs = [size.tarball, ...ATTW_ARGS];
    if (assets.length) attwArgs.push('--exclude-entrypoints', ...assets);
    const attw = runTool(join(BIN, 'attw'), attwArgs);
    if (!attw.ok) errors.push(`attw:\n${attw.output.trim()}`);
    const notes = [
      publint.ok ? 'publint ok' : 'publint failed',
      attw.ok
        ? `attw ok${assets.length ? ` (not typed: ${assets.join(', ')})` : ''}`
        : 'attw failed',
    ];
    return { errors, notes, size };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Every file of the unpacked tarball, relative and with `./`, as `exports` writes them. */
function listFiles(root, dir = root) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(root, path) : [`./${relative(root, path)}`];
  });
}

/** Registers a tag: `defineOnce('relais-…'` or `customElements.define('relais-…'`. */
const TAG_DEFINITION =
  /(?:defineOnce|customElements\.define)\(\s*['"`]([a-z][\w.-]*-[\w.-]*)['"`]/g;

/** The file registers a tag; in a minified bundle, calls are renamed: a Relais tag name and
 * `customElements.define` in one file tell it. */
function registers(source) {
  return (
    new RegExp(TAG_DEFINITION.source).test(source) ||
    (source.includes('customElements.define(') && /['"`]relais-[a-z-]+['"`]/.test(source))
  );
}

/** npm's and bundlers' reading of a `sideEffects` entry: a glob; one with no `/` matches
 * the file name anywhere. */
function globMatches(entry, file) {
  const pattern = entry.replace(/^\.\//, '');
  const source = pattern
    .split('**')
    .map((part) =>
      part
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replaceAll('*', '[^/]*')
        .replaceAll('?', '[^/]'),
    )
    .join('.*');
  const path = file.replace(/^\.\//, '');
  return new RegExp(`^${source}$`).test(pattern.includes('/') ? path : path.split('/').at(-1));
}
/** Lit's own sources announce their version on globalThis: the mark of a bundled copy. */
const BUNDLED_LIT = /litElementVersions|litHtmlVersions/;
const STATIC_IMPORT =
  /(?:^|;|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/** The publishing policy of README "Install" and the issue, checked on the packed files. */
export function policy(pkg, root, { release = false } = {}) {
  const errors = [];
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const files = listFiles(root);
  const has = (file) => files.includes(file.startsWith('./') ? file : `./${file}`);
  const read = (file) => readFileSync(join(root, file), 'utf8');
  const jsFiles = files.filter((file) => file.endsWith('.js'));

  if (manifest.type !== 'module') errors.push('"type" must be "module" (unbundled ES modules)');
  if (!Array.isArray(manifest.files)) errors.push('"files" must list what ships');
  if (manifest.license !== 'MIT') errors.push('"license" must be "MIT"');
  if (!files.some((file) => /^\.\/licen[cs]e(\.md|\.txt)?$/i.test(file))) {
    errors.push('no LICENSE file in the package');
  }
  if (!manifest.repository?.url || manifest.repository?.directory !== `packages/${pkg.folder}`) {
    errors.push(`"repository" needs "url" and "directory": "packages/${pkg.folder}"`);
  }
  if (!manifest.homepage) errors.push('"homepage" is missing');
  if (manifest.publishConfig?.access !== 'public')
    errors.push('"publishConfig.access" must be "public"');
  if (files.some((file) => /\.(test|stories)\.[jt]s$/.test(file))) {
    errors.push('tests or stories are packed; leave them out of "files"');
  }

  // exports: a "." entry; every condition object puts "types" first, and both point at packed files.
  const exportsMap = manifest.exports;
  if (!exportsMap || typeof exportsMap !== 'object' || !exportsMap['.']) {
    errors.push('"exports" needs a "." entry');
  }
  for (const [subpath, target] of Object.entries(exportsMap ?? {})) {
    if (typeof target === 'string') {
      if (!target.includes('*') && !has(target))
        errors.push(`exports "${subpath}" → ${target}: not packed`);
      if (/\.m?js$/.test(target)) {
        errors.push(
          `exports "${subpath}" → ${target} has no types: { "types": "….d.ts", "default": "${target}" }`,
        );
      }
      continue;
    }
    const keys = Object.keys(target);
    if (keys[0] !== 'types') errors.push(`exports "${subpath}": "types" must come first`);
    for (const [condition, file] of Object.entries(target)) {
      if (typeof file !== 'string' || file.includes('*')) continue;
      if (!has(file)) errors.push(`exports "${subpath}".${condition} → ${file}: not packed`);
    }
    if (typeof target.types === 'string' && !target.types.endsWith('.d.ts')) {
      errors.push(`exports "${subpath}".types must be a .d.ts file`);
    }
  }

  // sideEffects: exactly the files that register tags (and the stylesheets, which are
  // imported for their effect by nature); `false` for a package that registers nothing.
  const registering = jsFiles.filter((file) => registers(read(file)));
  const sideEffects = manifest.sideEffects;
  if (sideEffects !== false && !Array.isArray(sideEffects)) {
    errors.push(
      `"sideEffects" is ${JSON.stringify(sideEffects)}: name the files that register tags, or false`,
    );
  }
  const declared = Array.isArray(sideEffects) ? sideEffects : [];
  for (const file of registering) {
    if (!declared.some((entry) => globMatches(entry, file)))
      errors.push(`${file} registers a tag but is not in "sideEffects"`);
  }
  for (const entry of declared) {
    // Stylesheets are imported for their effect; `./src/…` entries are the same files in
    // source form, for the workspace's Storybook and tests, which resolve to src/.
    if (entry.endsWith('.css') || entry.startsWith('./src/')) continue;
    const matched = files.filter((file) => globMatches(entry, file));
    if (matched.length === 0) errors.push(`"sideEffects" names ${entry}, which is not packed`);
    for (const file of matched) {
      if (!registering.includes(file) && !importsAny(read(file), file, registering))
        errors.push(`"sideEffects" names ${file}, which registers no tag`);
    }
  }

  // Element packages: a manifest declared, packed, listing the tags; the tag map typed.
  const tags = registering.flatMap((file) =>
    [...read(file).matchAll(TAG_DEFINITION)].map((m) => m[1]),
  );
  if (registering.length > 0 && pkg.name !== SCRIPT_TAG_PACKAGE) {
    if (typeof manifest.customElements !== 'string') {
      errors.push('it registers elements: "customElements" must point at its custom-elements.json');
    } else if (!has(manifest.customElements)) {
      errors.push(`"customElements" → ${manifest.customElements}: not packed`);
    } else {
      const declaredTags = customElementsFrom(JSON.parse(read(manifest.customElements))).map(
        (d) => d.tagName,
      );
      if (declaredTags.length === 0) errors.push(`${manifest.customElements} declares no element`);
      const dts = files
        .filter((file) => file.endsWith('.d.ts'))
        .map(read)
        .join('\n');
      for (const tag of declaredTags) {
        if (!new RegExp(`interface HTMLElementTagNameMap[^}]*['"]${tag}['"]`).test(dts)) {
          errors.push(`<${tag}> is not typed in HTMLElementTagNameMap in the .d.ts files`);
        }
      }
    }
  }

  // The script-tag bundle is self-contained: installing it pulls nothing else.
  if (pkg.name === SCRIPT_TAG_PACKAGE && Object.keys(manifest.dependencies ?? {}).length > 0) {
    errors.push(
      'it bundles everything: "dependencies" must be empty (siblings are devDependencies)',
    );
  }

  // Lit: a caret-range dependency, never a copy inside, except in the script-tag bundle.
  const importsLit = jsFiles.some((file) => /from\s*['"]lit(\/[^'"]*)?['"]/.test(read(file)));
  if (pkg.name !== SCRIPT_TAG_PACKAGE) {
    if (importsLit && !/^\^\d/.test(manifest.dependencies?.lit ?? '')) {
      errors.push('it imports lit: "lit" must be a dependency with a caret range (^3…)');
    }
    if (jsFiles.some((file) => BUNDLED_LIT.test(read(file))))
      errors.push('a copy of Lit is bundled');
  }

  // Siblings: real semver ranges a stranger's npm can resolve, that accept today's versions.
  const siblings = new Map(publicPackages().map((other) => [other.name, other.version]));
  for (const field of ['dependencies', 'peerDependencies']) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (!siblings.has(name)) continue;
      if (!/^\^\d+\.\d+\.\d+$/.test(range) || !caretAccepts(range, siblings.get(name))) {
        errors.push(`${field}.${name} is "${range}": use "^${siblings.get(name)}"`);
      }
    }
  }

  // A file left in dist/ by an older build (its source is gone) would ship: tsc never
  // deletes. Packages built by tsc map dist/x.js to src/x.ts.
  if (existsSync(join(pkg.dir, 'tsconfig.build.json'))) {
    const stale = jsFiles
      .filter((file) => file.startsWith('./dist/'))
      .filter(
        (file) =>
          !existsSync(join(pkg.dir, file.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts'))),
      );
    for (const file of stale)
      errors.push(`${file} has no source in src/: a stale build? (rm -rf dist; build)`);
  }

  // The VERSION a package reports (defineOnce compares it) is the version published.
  if (has('dist/version.js') && !read('dist/version.js').includes(`'${manifest.version}'`)) {
    errors.push(
      `dist/version.js does not say '${manifest.version}': run scripts/release/sync-versions.mjs`,
    );
  }

  // The README says what the package is and how to get it.
  if (!has('README.md')) {
    errors.push('no README.md');
  } else {
    const readme = read('README.md');
    if (!readme.includes(`npm install ${manifest.name}`))
      errors.push(`README.md: no "npm install ${manifest.name}"`);
    for (const tag of new Set(tags)) {
      if (pkg.name !== SCRIPT_TAG_PACKAGE && !readme.includes(`<${tag}`))
        errors.push(`README.md: no <${tag}> example`);
    }
    // Every import of this package that the README shows must resolve through "exports":
    // a user copies these lines (`@relais/key-figure/key-figure.js`, the class unregistered).
    const escaped = manifest.name.replace(/[/.]/g, '\\$&');
    const shown = new RegExp(`['"]${escaped}(/[^'"\\s]+)?['"]`, 'g');
    for (const [, subpath = ''] of readme.matchAll(shown)) {
      const key = `.${subpath}`;
      const patterns = Object.keys(exportsMap ?? {}).filter((entry) => entry.includes('*'));
      const matchedByPattern = patterns.some((entry) => {
        const [prefix, suffix] = entry.split('*');
        return key.startsWith(prefix) && key.endsWith(suffix);
      });
      if (!exportsMap?.[key] && !matchedByPattern)
        errors.push(
          `README.md imports "${manifest.name}${subpath}", which "exports" does not offer`,
        );
    }
  }
  if (pkg.name === SCRIPT_TAG_PACKAGE && has('README.md')) {
    // Released: it has a CHANGELOG.md, which only `changeset version` writes (not packed).
    const released = existsSync(join(pkg.dir, 'CHANGELOG.md'));
    errors.push(...pinnedProblems(manifest.version, root, { release, released }));
  }
  return errors;
}

/**
 * @relais/embed's README pins an exact version (scripts/release/pinned-snippet.mjs): once
 * released, the package's own version (it stays so until the next release); at a release,
 * also the hash of the dist/relais.js packed beside it. Never released: no version at all.
 */
export function pinnedProblems(version, root, { release, released }) {
  let pinned;
  try {
    pinned = readPinned(readFileSync(join(root, 'README.md'), 'utf8'));
  } catch (error) {
    return [`README.md: ${error.message}`];
  }
  if (!released) {
    return pinned ? [`README.md pins @${pinned.version}, but no version was released yet`] : [];
  }
  if (!pinned) return [`README.md pins no version; it should pin @${version}`];
  const problems = [];
  if (pinned.version !== version)
    problems.push(`README.md pins @${pinned.version}, not @${version}`);
  const hash = release ? sriHash(join(root, 'dist/relais.js')) : pinned.integrity;
  if (pinned.integrity !== hash) {
    problems.push(`README.md pins integrity ${pinned.integrity}; the packed relais.js is ${hash}`);
  }
  return problems;
}

/** Does `source` (the file `from`) statically import one of `targets`? */
function importsAny(source, from, targets) {
  const base = from.split('/').slice(0, -1).join('/');
  return [...source.matchAll(STATIC_IMPORT)]
    .map((match) => match[1] ?? match[2])
    .filter((specifier) => specifier.startsWith('.'))
    .some((specifier) => targets.includes(`./${join(base, specifier)}`));
}

/** `^a.b.c` accepts `version` (npm's caret rule, for plain x.y.z versions). */
export function caretAccepts(range, version) {
  const [a, b, c] = range.slice(1).split('.').map(Number);
  const [x, y, z] = version.split('.').map(Number);
  if (a > 0) return x === a && (y > b || (y === b && z >= c));
  if (b > 0) return x === 0 && y === b && z >= c;
  return x === 0 && y === 0 && z === c;
}

/** Bytes as a user reads them: 18.4 kB. */
export function kilobytes(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const release = process.argv.includes('--release');
  const only = process.argv.slice(2).filter((arg) => arg !== '--release');
  let failed = false;
  const rows = [];
  for (const pkg of publicPackages().filter((p) => only.length === 0 || only.includes(p.folder))) {
    if (!existsSync(join(pkg.dir, 'dist'))) {
      console.error(`✖ ${pkg.name}: no dist/, build first (npx turbo run build)`);
      failed = true;
      continue;
    }
    const { errors, notes, size } = lintPackage(pkg, { release });
    rows.push(size);
    console.log(`${errors.length ? '✖' : '✔'} ${pkg.name}@${pkg.version}  ${notes.join(' · ')}`);
    for (const error of errors) console.log(`    ${error.replaceAll('\n', '\n    ')}`);
    failed ||= errors.length > 0;
  }
  console.log('\nnpm pack sizes (what a user downloads):');
  for (const row of rows) {
    console.log(
      `  ${row.name.padEnd(26)} ${kilobytes(row.size).padStart(9)} packed  ${kilobytes(row.unpackedSize).padStart(9)} unpacked  ${String(row.entryCount).padStart(3)} files`,
    );
  }
  process.exit(failed ? 1 : 0);
}
