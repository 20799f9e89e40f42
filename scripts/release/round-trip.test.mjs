// The registry round-trip: what a release publishes, and what a stranger gets from
// `npm install` and from the script tag. Starts Verdaccio on 127.0.0.1 (a free port, storage
// in a temporary folder, everything but @relais/* proxied to the machine's npm registry),
// copies the repository as it is (committed or not) into a temporary git repository on the
// release branch, installs it there and runs the real release command in it against that
// registry (`release.mjs --registry … --skip-tests`: the round-trip is itself the last step of
// `npm test`); the real checkout is never versioned, committed or tagged. Then:
//   - the release linted the packages at their new version, and tagged the release commit;
//   - @relais/embed's tarball pins, in its README, its own version with the hash of its own
//     dist/relais.js;
//   - in a fresh project outside the workspace, the root README's `npm install` and every
//     element package, TypeScript and esbuild install from that registry; the README's
//     `import` code and each element package's README example are bundled with the
//     consumer's esbuild, opened in Chromium and read; the consumer's own `tsc` type-checks
//     them; the published tarball's dist/relais.js runs from the README's script tag.
// Verdaccio is stopped and every temporary folder removed at the end, even on failure.
// Nothing here names a package: they are discovered (scripts/release/packages.mjs).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer } from 'node:net';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../chrome.mjs';
import { startStaticServer } from '../static-server.mjs';
import { customElementsFrom, publicPackages, ROOT, SCRIPT_TAG_PACKAGE } from './packages.mjs';
import { readmeSnippet } from './readme-snippets.mjs';
import {
  FRAMEWORK_APPS,
  assertAppRendered,
  installApp,
  renderApp,
  typeCheckApp,
  refusedTags,
} from './framework-apps.mjs';
import { kilobytes } from './lint-packages.mjs';
import { readPinned, sriHash } from './pinned-snippet.mjs';

/** The script tag's address of the package on a CDN, with the major version it asks for. */
const EMBED_ON_CDN = /https:\/\/cdn\.jsdelivr\.net\/npm\/@relais\/embed@(\d+)\//;
const TOOLS = {
  typescript: '5.9.3',
  esbuild: JSON.parse(readFileSync(join(ROOT, 'node_modules/esbuild/package.json'), 'utf8'))
    .version,
};
/** Before the release, in the real checkout: what must not change there. */
const UNRELEASED = publicPackages(ROOT);
const HAS_ELEMENTS = UNRELEASED.some((pkg) => pkg.isElement && pkg.name !== SCRIPT_TAG_PACKAGE);
const HAS_EMBED = UNRELEASED.some((pkg) => pkg.name === SCRIPT_TAG_PACKAGE);
const gitIn = (cwd, ...args) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
/**
 * What a release would change in the real checkout: its tags, its versions, its changelogs
 * (not HEAD or the working tree, which a developer may change while the tests run).
 */
const rootState = () => ({
  tags: gitIn(ROOT, 'tag', '--list'),
  versions: publicPackages(ROOT).map((pkg) => `${pkg.name}@${pkg.version}`),
  changelogs: publicPackages(ROOT)
    .filter((pkg) => existsSync(join(pkg.dir, 'CHANGELOG.md')))
    .map((pkg) => pkg.name),
  releaseCommits: gitIn(ROOT, 'log', '-5', '--format=%s')
    .split('\n')
    .filter((s) => /^Release \d/.test(s)),
});
const ROOT_BEFORE = rootState();

// Outside the workspace, so that nothing resolves through the monorepo's node_modules.
const WORK = mkdtempSync(join(tmpdir(), 'relais-round-trip-'));
const CONSUMER = join(WORK, 'consumer');
/** The copy of the repository that is released. */
const REPO = join(WORK, 'repo');
const README = join(REPO, 'README.md');
/** The released packages, read from the copy after the release (their new versions). */
let PACKAGES = [];
let ELEMENTS = [];
let EMBED;
/** What the release command printed. */
let releaseOutput = '';
const started = Date.now();
const since = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
/** @type {import('node:child_process').ChildProcess | undefined} */
let verdaccio;
let registry = '';
/** Environment of every npm command: the temporary registry, its token, a fresh cache. */
let npmEnv = {};
/** The token for the temporary registry only (the release's own npm commands keep npm's registry). */
let tokenConfig = '';

// ---------------------------------------------------------------------------------------
// Start, publish, and always clean up.

function cleanUp() {
  if (verdaccio && verdaccio.exitCode === null) verdaccio.kill('SIGKILL');
  rmSync(WORK, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    cleanUp();
    process.exit(130);
  });
}
process.once('exit', cleanUp);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const execFileAsync = promisify(execFile);

/**
 * Runs a command with the registry's environment; resolves to its stdout. Asynchronous, so
 * that a Ctrl-C while npm works still reaches the clean-up. On failure, the error carries
 * stdout and stderr.
 */
async function run(command, args, options = {}) {
  const { stdout } = await execFileAsync(command, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...options,
    env: { ...process.env, ...npmEnv, ...options.env },
  });
  return stdout;
}

async function startVerdaccio() {
  const port = await freePort();
  registry = `http://127.0.0.1:${port}/`;
  const upstream = execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim();
  const dir = join(WORK, 'verdaccio');
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'config.yaml'),
    [
      `storage: ${join(dir, 'storage')}`,
      'auth:',
      `  htpasswd: { file: ${join(dir, 'htpasswd')}, max_users: -1 }`,
      'uplinks:',
      `  upstream: { url: ${upstream}, timeout: 60s }`,
      'packages:',
      "  '@relais/*': { access: $all, publish: $anonymous }",
      "  '**': { access: $all, proxy: upstream }",
      `listen: 127.0.0.1:${port}`,
      'publish: { allow_offline: true }',
      'web: { enable: false }',
      'log: { type: stdout, format: pretty, level: warn }',
    ].join('\n'),
  );
  // npm will not publish without a token, even where anonymous publishing is allowed.
  const userconfig = join(WORK, 'npmrc');
  writeFileSync(userconfig, `registry=${registry}\n//127.0.0.1:${port}/:_authToken=dummy\n`);
  tokenConfig = join(WORK, 'npmrc-release');
  writeFileSync(tokenConfig, `//127.0.0.1:${port}/:_authToken=dummy\n`);
  npmEnv = {
    NPM_CONFIG_USERCONFIG: userconfig,
    NPM_CONFIG_REGISTRY: registry,
    NPM_CONFIG_CACHE: join(WORK, 'npm-cache'),
    NPM_CONFIG_AUDIT: 'false',
    NPM_CONFIG_FUND: 'false',
    NPM_CONFIG_UPDATE_NOTIFIER: 'false',
  };
  verdaccio = spawn(
    join(ROOT, 'node_modules/.bin/verdaccio'),
    ['--config', join(dir, 'config.yaml')],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (verdaccio.exitCode !== null) throw new Error(`Verdaccio exited with ${verdaccio.exitCode}`);
    try {
      if ((await fetch(`${registry}-/ping`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('Verdaccio did not answer /-/ping within 20 s');
}

/**
 * The repository as it is now (tracked and untracked files, ignored ones left out) in a new
 * git repository on the release branch, installed: what a maintainer's clone would be.
 */
function copyRepository() {
  const files = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  )
    .split('\0')
    .filter((file) => file && existsSync(join(ROOT, file)));
  for (const file of files) {
    mkdirSync(dirname(join(REPO, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(REPO, file));
  }
  const { baseBranch } = JSON.parse(readFileSync(join(ROOT, '.changeset/config.json'), 'utf8'));
  gitIn(REPO, 'init', '--quiet', '--initial-branch', baseBranch);
  gitIn(REPO, 'add', '--all');
  gitIn(REPO, 'commit', '--quiet', '-m', 'The repository as the round-trip found it');
  // The installed packages, hard-linked (a second `npm ci` costs minutes on a busy machine):
  // the workspace links are relative, so they point into the copy. The one file npm
  // rewrites in place, its record of the tree, is copied for real.
  try {
    execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(REPO, 'node_modules')]);
  } catch {
    // Another file system (no hard links across): a real copy.
    rmSync(join(REPO, 'node_modules'), { recursive: true, force: true });
    execFileSync('cp', ['-a', join(ROOT, 'node_modules'), join(REPO, 'node_modules')]);
  }
  const record = join(REPO, 'node_modules/.package-lock.json');
  rmSync(record, { force: true });
  copyFileSync(join(ROOT, 'node_modules/.package-lock.json'), record);
}

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'Relais round-trip',
  GIT_AUTHOR_EMAIL: 'round-trip@relais.invalid',
  GIT_COMMITTER_NAME: 'Relais round-trip',
  GIT_COMMITTER_EMAIL: 'round-trip@relais.invalid',
};

/** The real release command, in the copy, to the temporary registry; its output is kept. */
function release() {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'node',
      ['scripts/release/release.mjs', '--registry', registry, '--skip-tests'],
      {
        cwd: REPO,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, ...GIT_IDENTITY, NPM_CONFIG_USERCONFIG: tokenConfig, CI: 'true' },
      },
    );
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
      });
    }
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`the release exited ${code}:\n${output.slice(-6000)}`));
    });
  });
}

before(async () => {
  await startVerdaccio();
  console.log(`Verdaccio ready on ${registry} after ${since()}`);
  copyRepository();
  console.log(`repository copied to ${REPO} and installed after ${since()}`);
  releaseOutput = await release();
  PACKAGES = publicPackages(REPO);
  ELEMENTS = PACKAGES.filter((pkg) => pkg.isElement && pkg.name !== SCRIPT_TAG_PACKAGE);
  EMBED = PACKAGES.find((pkg) => pkg.name === SCRIPT_TAG_PACKAGE);
  console.log(
    `released ${PACKAGES.map((pkg) => `${pkg.name}@${pkg.version}`).join(', ')} after ${since()}`,
  );
});

after(async () => {
  if (verdaccio && verdaccio.exitCode === null) {
    const exited = new Promise((resolve) => verdaccio.once('exit', resolve));
    verdaccio.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
  }
  cleanUp();
  console.log(`Verdaccio stopped, ${WORK} removed; round-trip took ${since()}`);
});

// ---------------------------------------------------------------------------------------
// What each element package shows: its README example and the tags of its manifest.

/** The element package's README example, its tags, and the manifest's declarations. */
function elementExample(pkg) {
  const snippet = readmeSnippet(join(pkg.dir, 'README.md'), 'example');
  // A script tag in the example is how that page loads Relais: each test page loads it its
  // own way (bundle or tarball), so only the markup is kept; the address must be right.
  for (const [, major] of snippet.code.matchAll(new RegExp(EMBED_ON_CDN.source, 'g'))) {
    assert.equal(major, EMBED?.version.split('.')[0], `${pkg.name} README: @relais/embed@${major}`);
  }
  const example = {
    ...snippet,
    code: snippet.code.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''),
  };
  const manifest = JSON.parse(readFileSync(join(pkg.dir, pkg.manifest.customElements), 'utf8'));
  return { pkg, example, declarations: customElementsFrom(manifest) };
}

/** Opening tags of Relais elements in an HTML snippet: [{ tag, attributes: [[name, value]] }]. */
function openingTags(html) {
  return [...html.matchAll(/<(relais-[\w-]+)((?:\s+[\w-]+(?:="[^"]*")?)*)\s*\/?>/g)].map(
    ([, tag, attrs]) => ({
      tag,
      attributes: [...attrs.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((m) => [m[1], m[2] ?? '']),
    }),
  );
}

/**
 * Opens `url` in Chromium and returns, for every Relais element on the page, whether it is
 * defined and the text of its shadow root (styles left out), plus console errors.
 */
async function readPage(url) {
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  try {
    const page = await (await browser.newContext()).newPage();
    const errors = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(url);
    await page
      .waitForFunction(
        () => {
          const elements = [...document.querySelectorAll('*')].filter((el) =>
            el.localName.startsWith('relais-'),
          );
          return (
            elements.length > 0 &&
            elements.every((el) => customElements.get(el.localName) && el.shadowRoot)
          );
        },
        undefined,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    const elements = await page.evaluate(async () => {
      const found = [...document.querySelectorAll('*')].filter((el) =>
        el.localName.startsWith('relais-'),
      );
      await Promise.all(found.map((el) => el.updateComplete));
      const shadowText = (root) =>
        [...root.childNodes]
          .map((node) => {
            if (node.nodeType === Node.TEXT_NODE) return node.textContent;
            if (
              node.nodeType !== Node.ELEMENT_NODE ||
              ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)
            )
              return '';
            return `${node.shadowRoot ? shadowText(node.shadowRoot) : ''} ${shadowText(node)}`;
          })
          .join(' ');
      return found.map((el) => ({
        tag: el.localName,
        defined: Boolean(customElements.get(el.localName)),
        text: el.shadowRoot ? shadowText(el.shadowRoot).replace(/\s+/g, ' ').trim() : '',
      }));
    });
    return { elements, errors };
  } finally {
    await browser.close();
  }
}

const normalise = (text) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** Every Relais element on the page is defined and shows what the snippets expect. */
function assertRendered({ elements, errors }, snippets, what) {
  assert.deepEqual(errors, [], `${what}: errors in the console`);
  const tags = new Set(snippets.flatMap((snippet) => openingTags(snippet.code).map((o) => o.tag)));
  for (const tag of tags) {
    const shown = elements.filter((element) => element.tag === tag);
    assert.ok(shown.length > 0, `${what}: <${tag}> is not on the page`);
    for (const element of shown) {
      assert.ok(element.defined, `${what}: <${tag}> was never defined`);
      assert.ok(element.text.length > 0, `${what}: <${tag}> rendered nothing`);
      assert.doesNotMatch(
        element.text,
        /NaN|undefined|\[object Object\]/,
        `${what}: <${tag}> shows "${element.text}"`,
      );
    }
  }
  const all = normalise(elements.map((element) => element.text).join(' | '));
  for (const expected of snippets.flatMap((snippet) => snippet.expects)) {
    assert.ok(
      all.includes(normalise(expected)),
      `${what}: "${expected}" is not shown; the elements show: ${all}`,
    );
  }
  console.log(`${what}: ${elements.map((e) => `<${e.tag}> «${e.text.slice(0, 60)}»`).join(', ')}`);
}

/** Serves `mounts`, opens /index.html and asserts what the snippets promise. */
async function checkPage(mounts, snippets, what) {
  const { server, origin } = await startStaticServer({ mounts });
  try {
    assertRendered(await readPage(`${origin}/index.html`), snippets, what);
  } finally {
    server.close();
  }
}

/** A plain partner page: `head` then `body`, both HTML strings. */
function partnerPage(head, body) {
  return [
    '<!doctype html><html lang="fr"><head><meta charset="utf-8">',
    '<link rel="icon" href="data:,"><title>A partner page</title>',
    head,
    '</head><body>',
    body,
    '</body></html>',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------

test('the real checkout was not versioned, committed or tagged', () => {
  assert.deepEqual(rootState(), ROOT_BEFORE);
});

test('the release versioned every package, then linted them at that version', () => {
  for (const pkg of PACKAGES) {
    const before = UNRELEASED.find((other) => other.name === pkg.name);
    assert.notEqual(pkg.version, before.version, `${pkg.name} was versioned`);
    const linted = [...releaseOutput.matchAll(/^([✔✖]) (@relais\/[\w-]+)@(\S+) /gm)]
      .filter((match) => match[2] === pkg.name)
      .map((match) => `${match[1]} ${match[3]}`);
    assert.deepEqual(linted, [`✔ ${pkg.version}`], `${pkg.name}: the lints of the release`);
  }
});

test('each package is tagged on the release commit, which holds its version', () => {
  const head = gitIn(REPO, 'rev-parse', 'HEAD');
  assert.equal(gitIn(REPO, 'status', '--porcelain'), '', 'the release committed everything');
  assert.match(gitIn(REPO, 'log', '-1', '--format=%s'), /^Release \d+\.\d+\.\d+/);
  for (const pkg of PACKAGES) {
    const tag = `${pkg.name}@${pkg.version}`;
    assert.equal(gitIn(REPO, 'rev-list', '-n', '1', `refs/tags/${tag}`), head, `${tag} is on HEAD`);
    const tagged = JSON.parse(gitIn(REPO, 'show', `${tag}:packages/${pkg.folder}/package.json`));
    assert.equal(tagged.version, pkg.version, `${tag}: the tagged package.json`);
  }
});

test('the release lists the CDN addresses of @1 and @1.x to refresh, and sends nothing', () => {
  const [major, minor] = EMBED.version.split('.');
  const listed = [...releaseOutput.matchAll(/^(.*)GET (https:\/\/purge\.jsdelivr\.net\/\S+)$/gm)];
  for (const range of [major, `${major}.${minor}`]) {
    for (const file of ['relais.js', 'relais.css']) {
      const url = `https://purge.jsdelivr.net/npm/${EMBED.name}@${range}/dist/${file}`;
      assert.ok(
        listed.some((match) => match[2] === url),
        `${url}: ${listed.map((m) => m[2])}`,
      );
    }
  }
  for (const [line] of listed) assert.match(line, /^not sent/, line);
});

test('every public package is on the registry, at its version', async () => {
  for (const pkg of PACKAGES) {
    const published = await run('npm', ['view', `${pkg.name}@${pkg.version}`, 'version', '--json']);
    assert.equal(JSON.parse(published), pkg.version, pkg.name);
  }
});

test('a stranger installs every package but embed with the README command, from the registry', async () => {
  mkdirSync(join(CONSUMER, 'src'), { recursive: true });
  writeFileSync(
    join(CONSUMER, 'package.json'),
    JSON.stringify({ name: 'a-partner-site', private: true, type: 'module' }, null, 2),
  );
  // The root README's command, as written, then every other public package and the tools.
  await run('sh', ['-c', readmeSnippet(README, 'npm-install').code], { cwd: CONSUMER });
  const installable = PACKAGES.filter((pkg) => pkg.name !== SCRIPT_TAG_PACKAGE);
  const tools = Object.entries(TOOLS).map(([name, version]) => `${name}@${version}`);
  await run('npm', ['install', ...installable.map((pkg) => pkg.name), ...tools], { cwd: CONSUMER });
  for (const pkg of installable) {
    const file = join(CONSUMER, 'node_modules', pkg.name, 'package.json');
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).version, pkg.version, pkg.name);
  }
  assert.ok(!existsSync(join(CONSUMER, 'node_modules/@relais/core/src')), 'no sources were linked');
  console.log(`consumer installed after ${since()}`);
});

test("the README's data code runs in Node", async () => {
  const snippet = readmeSnippet(README, 'data');
  writeFileSync(join(CONSUMER, 'data.mjs'), snippet.code);
  const output = await run('node', ['data.mjs'], { cwd: CONSUMER });
  for (const expected of snippet.expects)
    assert.ok(normalise(output).includes(normalise(expected)), output);
});

test(
  'a page bundled with esbuild shows each element with the report data',
  { skip: !HAS_ELEMENTS && 'no element package yet' },
  async () => {
    const examples = ELEMENTS.map(elementExample);
    // The page: the README's code, each package imported by name, each README example.
    const readmeCode = readmeSnippet(README, 'npm-import');
    writeFileSync(join(CONSUMER, 'src/readme.ts'), readmeCode.code);
    writeFileSync(
      join(CONSUMER, 'src/main.ts'),
      [...ELEMENTS.map((pkg) => `import '${pkg.name}';`), "import './readme.js';", ''].join('\n'),
    );
    writeFileSync(
      join(CONSUMER, 'index.html'),
      partnerPage(
        '<script type="module" src="./dist/main.js"></script>',
        examples.map(({ example }) => example.code).join('\n'),
      ),
    );
    await run(
      join(CONSUMER, 'node_modules/.bin/esbuild'),
      ['src/main.ts', '--bundle', '--format=esm', '--outfile=dist/main.js', '--log-level=warning'],
      {
        cwd: CONSUMER,
      },
    );
    await checkPage(
      { '/': CONSUMER },
      [readmeCode, ...examples.map((e) => e.example)],
      'npm + esbuild page',
    );
    console.log(`bundled page checked after ${since()}`);
  },
);

test(
  "the consumer's own tsc types each element by its tag, its properties and the data",
  { skip: !HAS_ELEMENTS && 'no element package yet' },
  async () => {
    assert.ok(
      existsSync(join(CONSUMER, 'node_modules/.bin/tsc')),
      'the consumer installed typescript',
    );
    const lines = [
      '// Generated from each element package manifest and README example. Importing the',
      '// package by its name, and nothing else, must register and type its tags.',
      ...ELEMENTS.map((pkg) => `import '${pkg.name}';`),
    ];
    ELEMENTS.map(elementExample).forEach(({ example, declarations }, index) => {
      for (const { tag, attributes } of openingTags(example.code)) {
        const declaration = declarations.find((d) => d.tagName === tag);
        assert.ok(declaration, `<${tag}> of the README example is in custom-elements.json`);
        const el = `el${index}_${tag.replaceAll('-', '_')}`;
        // Fails to compile unless the package puts the tag in HTMLElementTagNameMap.
        lines.push(
          `const ${el}: HTMLElementTagNameMap['${tag}'] = document.createElement('${tag}');`,
        );
        let wrongTypeTried = false;
        for (const [name, value] of attributes) {
          const attribute = declaration.attributes?.find((a) => a.name === name);
          if (!attribute?.fieldName) continue;
          const type = attribute.type?.text ?? '';
          const literal = /\bboolean\b/.test(type)
            ? 'true'
            : /\bnumber\b/.test(type) && !/\bstring\b/.test(type)
              ? String(Number(value))
              : JSON.stringify(value);
          lines.push(`${el}.${attribute.fieldName} = ${literal};`);
          if (!wrongTypeTried && !/\b(number|any|unknown)\b/.test(type)) {
            lines.push(
              `// @ts-expect-error ${attribute.fieldName} is typed (${type}): a number is refused`,
              `${el}.${attribute.fieldName} = 42;`,
            );
            wrongTypeTried = true;
          }
        }
        if (!wrongTypeTried)
          lines.push(
            `// @ts-expect-error <${tag}> has no such property`,
            `${el}.notARelaisProperty = 1;`,
          );
        lines.push(`document.body.append(${el});`);
      }
    });
    writeFileSync(join(CONSUMER, 'src/typed.ts'), `${lines.join('\n')}\n`);
    writeFileSync(
      join(CONSUMER, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        include: ['src'],
      }),
    );
    try {
      await run(join(CONSUMER, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], {
        cwd: CONSUMER,
      });
    } catch (error) {
      assert.fail(`tsc:\n${error.stdout}${error.stderr}\n--- src/typed.ts\n${lines.join('\n')}`);
    }
    const tsc = join(CONSUMER, 'node_modules/.bin/tsc');
    const version = (await run(tsc, ['--version'], { cwd: CONSUMER })).trim();
    console.log(`${version} type-checked src/readme.ts and src/typed.ts after ${since()}`);
  },
);

test(
  "@relais/embed's published tarball works from a plain page's script tag",
  { skip: !HAS_EMBED && 'no @relais/embed yet' },
  async () => {
    const examples = ELEMENTS.map(elementExample);
    const packDir = join(WORK, 'embed');
    mkdirSync(packDir);
    const [packed] = JSON.parse(
      await run(
        'npm',
        ['pack', `${EMBED.name}@${EMBED.version}`, '--json', '--pack-destination', packDir],
        { cwd: packDir },
      ),
    );
    await run('tar', ['-xzf', join(packDir, packed.filename), '-C', packDir]);
    console.log(
      `${packed.filename} from the registry: ${kilobytes(packed.size)} (dist/relais.js inside)`,
    );

    // Its README pins the version it is, with the hash of the relais.js it holds.
    const tarball = join(packDir, 'package');
    const pinned = readPinned(readFileSync(join(tarball, 'README.md'), 'utf8'));
    const version = JSON.parse(readFileSync(join(tarball, 'package.json'), 'utf8')).version;
    assert.ok(pinned, "the tarball's README pins a version");
    assert.equal(pinned.version, version, "the tarball's README pins its own version");
    assert.equal(
      pinned.integrity,
      sriHash(join(tarball, 'dist/relais.js')),
      "the tarball's README pins the hash of its own dist/relais.js",
    );

    // The README's script tag, with the CDN's address of the package replaced by the
    // unpacked tarball: the same file a CDN would serve for that version.
    const snippet = readmeSnippet(README, 'script-tag');
    const major = EMBED_ON_CDN.exec(snippet.code)?.[1];
    assert.ok(major, 'the README script tag loads @relais/embed@<major> from jsDelivr');
    assert.equal(
      major,
      EMBED.version.split('.')[0],
      'the README script tag names the current major version',
    );
    const page = join(WORK, 'page');
    mkdirSync(page);
    writeFileSync(
      join(page, 'index.html'),
      partnerPage(
        '',
        [
          snippet.code.replace(new RegExp(EMBED_ON_CDN.source, 'g'), '/cdn/@relais/embed/'),
          ...examples.map(({ example }) => example.code),
        ].join('\n'),
      ),
    );
    await checkPage(
      { '/': page, '/cdn/@relais/embed/': join(packDir, 'package') },
      [snippet, ...examples.map((e) => e.example)],
      'script-tag page',
    );
    console.log(`script-tag page checked after ${since()}`);
  },
);

for (const app of FRAMEWORK_APPS) {
  test(
    `${app.name}: installed from the registry, type-checked (and not without the generated ${app.types}), built and rendered`,
    { skip: !HAS_ELEMENTS && 'no element package yet' },
    async () => {
      // The README's block for this framework is the app's own code, line for line.
      const block = readmeSnippet(README, app.readme);
      const sources = app.files
        .map((file) => readFileSync(join(REPO, 'apps', app.name, file), 'utf8'))
        .join('\n');
      for (const line of block.code
        .split('\n')
        .map((text) => text.trim())
        .filter(Boolean)) {
        assert.ok(
          sources.includes(line),
          `README ${app.readme} block: "${line}" is not in apps/${app.name}`,
        );
      }
      // A wrong enumerated value is refused for every element (tsc fails on an unused
      // expect-error directive), with skipLibCheck: false so the generated types are checked.
      const refused = refusedTags(join(REPO, 'apps', app.name), app.refused);
      for (const { declarations } of ELEMENTS.map(elementExample)) {
        for (const { tagName } of declarations.filter((d) => d.customElement)) {
          assert.ok(refused.has(tagName), `${app.refused} gives <${tagName}> no refused value`);
        }
      }
      const tsconfig = JSON.parse(
        readFileSync(join(REPO, 'apps', app.name, 'tsconfig.json'), 'utf8'),
      );
      assert.equal(tsconfig.compilerOptions.skipLibCheck, false, `${app.name}: skipLibCheck`);
      const versions = Object.fromEntries(PACKAGES.map((pkg) => [pkg.name, pkg.version]));
      const dir = await installApp(app.name, WORK, versions, run);
      await typeCheckApp(dir, app.types, run);
      assertAppRendered(app.name, await renderApp(dir, run));
      console.log(`${app.name} installed, type-checked, built and rendered after ${since()}`);
    },
  );
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

test('run again after an interruption before its tags, the release publishes nothing twice and tags its commit', async () => {
  const head = gitIn(REPO, 'rev-parse', 'HEAD');
  // Interrupted after publishing, before tagging: the tags are not there yet.
  for (const pkg of PACKAGES) gitIn(REPO, 'tag', '--delete', `${pkg.name}@${pkg.version}`);
  const again = await release();
  assert.equal(gitIn(REPO, 'rev-parse', 'HEAD'), head, 'no second release commit');
  assert.equal(gitIn(REPO, 'status', '--porcelain'), '', 'nothing left uncommitted');
  for (const pkg of PACKAGES) {
    const tag = `${pkg.name}@${pkg.version}`;
    const skipped = `${escape(pkg.name)} is not being published because version ${escape(pkg.version)} is already published`;
    assert.match(again, new RegExp(skipped), `${pkg.name}: not published twice`);
    assert.equal(gitIn(REPO, 'rev-list', '-n', '1', `refs/tags/${tag}`), head, `${tag} is on HEAD`);
  }
  console.log(`release run again after ${since()}: nothing published, tags on ${head.slice(0, 7)}`);
});
