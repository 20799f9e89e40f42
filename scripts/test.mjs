// `npm test`: every check of the repository, in the order that fails fastest. Each step is
// one line of STEPS; the last line printed is the count of tests over all runners.
//
// Counts are read from a reporter asked for explicitly, never from a progress bar or a
// default format: `node --test` steps get a TAP reporter writing to a file (beside the spec
// reporter a person reads), `wtr` steps the counts reporter of the shared configuration
// (scripts/wtr-counts-reporter.mjs, through RELAIS_TEST_COUNTS). On a failure the summary
// prints the counts as they are, and says when a step failed with no failing test.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.TURBO_TELEMETRY_DISABLED = '1';
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

/** [what it checks, command]. Add a step here, nowhere else. */
const STEPS = [
  ['browser', 'node scripts/ensure-browser.mjs'],
  [
    'CI set-up (the workflows run npm test as here, actionlint; apt waits for its lock)',
    'node --test scripts/workflows.test.mjs scripts/apt.test.mjs',
  ],
  [
    'lint, types, build, catalogue',
    'npx turbo run lint typecheck build build-storybook //#typecheck:root //#format:check --output-logs=errors-only',
  ],
  [
    'node tests (data validation, one vocabulary, what editors are given, French typography)',
    'node --test packages/*/scripts/*.test.mjs scripts/vocabulary.test.mjs scripts/editor-data.test.mjs scripts/french-typography.test.mjs',
  ],
  ['packaging lints, changesets', 'node --test scripts/release/packaging.test.mjs'],
  ['browser tests (web-test-runner: Chromium, Firefox, WebKit)', 'npx wtr'],
  ['catalogue (every story, fr/en, light/dark)', 'node --test scripts/storybook-smoke.test.mjs'],
  [
    'end-to-end tests in Chromium (partner demo, relais.js)',
    'node --test apps/partner-demo/e2e/*.test.mjs',
  ],
  [
    'end-to-end tests in WebKit (partner demo, relais.js)',
    'RELAIS_E2E_ENGINE=webkit node --test apps/partner-demo/e2e/*.test.mjs',
  ],
  [
    'end-to-end tests in Firefox (partner demo, relais.js)',
    'RELAIS_E2E_ENGINE=firefox node --test apps/partner-demo/e2e/*.test.mjs',
  ],
  [
    'findings site in Chromium (pre-rendered pages, oEmbed in a sandbox, a real WordPress)',
    'node --test apps/site/e2e/*.test.mjs',
  ],
  [
    'findings site in WebKit (pre-rendered pages, without and with JavaScript)',
    'RELAIS_E2E_ENGINE=webkit node --test apps/site/e2e/pages.test.mjs',
  ],
  [
    'findings site in Firefox (pre-rendered pages, without and with JavaScript)',
    'RELAIS_E2E_ENGINE=firefox node --test apps/site/e2e/pages.test.mjs',
  ],
  ['registry round-trip (Verdaccio)', 'node --test scripts/release/round-trip.test.mjs'],
];

// `node --test …`, possibly after environment assignments (`RELAIS_E2E_ENGINE=webkit node --test …`).
const NODE_TEST = /^((?:[A-Z_][A-Z0-9_]*=\S*\s+)*)node --test(?=\s)/;
const WTR = /^npx wtr(?=\s|$)/;
const totals = { passed: 0, failed: 0, skipped: 0 };
const work = mkdtempSync(join(tmpdir(), 'relais-test-counts-'));
process.once('exit', () => rmSync(work, { recursive: true, force: true }));

/** The counts of a TAP stream: its last top-level `# pass`, `# fail`, `# cancelled`, `# skipped`. */
function tapCounts(tap) {
  const last = (name) =>
    Number([...tap.matchAll(new RegExp(`^# ${name} (\\d+)$`, 'gm'))].at(-1)?.[1] ?? 0);
  return {
    passed: last('pass'),
    failed: last('fail') + last('cancelled'),
    skipped: last('skipped') + last('todo'),
  };
}

/**
 * Runs one step, streaming its output; resolves to { code, counts } where counts is
 * undefined for a step that runs no test runner, or whose runner never reported.
 */
function run(command, index) {
  const countsFile = join(work, `step-${index}`);
  let line = command;
  let read = () => undefined;
  if (NODE_TEST.test(command)) {
    line = command.replace(
      NODE_TEST,
      `$1node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=${countsFile}`,
    );
    read = () => (existsSync(countsFile) ? tapCounts(readFileSync(countsFile, 'utf8')) : undefined);
  } else if (WTR.test(command)) {
    read = () =>
      existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : undefined;
  }
  return new Promise((resolve) => {
    // Piped and relayed, never inherited: a reporter writing to `stdout` reopens it, and on
    // a file (`npm test > log`) would write over what was already there.
    const child = spawn(line, {
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, RELAIS_TEST_COUNTS: countsFile },
    });
    child.stdout.pipe(process.stdout, { end: false });
    child.stderr.pipe(process.stderr, { end: false });
    child.on('close', (code) => resolve({ code: code ?? 1, counts: read() }));
  });
}

const started = Date.now();
for (const [index, [name, command]] of STEPS.entries()) {
  console.log(`\n▶ ${name}: ${command}`);
  const { code, counts } = await run(command, index);
  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  }
  if (code !== 0) {
    const why = counts
      ? `${counts.failed} of its tests failed`
      : 'before any test runner reported (a lint, a build, or a runner that did not start)';
    console.error(`\n✖ ${name} failed (exit ${code}), ${why}. Later steps did not run.`);
    console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
    process.exit(code);
  }
}
console.log(`\nAll checks passed in ${Math.round((Date.now() - started) / 1000)} s.`);
if (totals.skipped) console.log(`(${totals.skipped} skipped)`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
