// `npm test`: every check of the repository, in the order that fails fastest. Each step is
// one line of STEPS; the last line printed is the count of tests over all runners.
import { spawn } from 'node:child_process';

process.env.TURBO_TELEMETRY_DISABLED = '1';
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

/** [what it checks, command]. Add a step here, nowhere else. */
const STEPS = [
  ['browser', 'node scripts/ensure-browser.mjs'],
  [
    'lint, types, build, catalogue',
    'npx turbo run lint typecheck build build-storybook //#typecheck:root //#format:check --output-logs=errors-only',
  ],
  ['node tests (data validation)', 'node --test packages/*/scripts/*.test.mjs'],
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
  ['registry round-trip (Verdaccio)', 'node --test scripts/release/round-trip.test.mjs'],
];

const totals = { passed: 0, failed: 0 };

/** Runs a command, streams its output, and counts the tests its runner reports. */
function run(command) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const relay = (stream, target) =>
      stream.on('data', (chunk) => {
        output += chunk;
        target.write(chunk);
      });
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
    child.on('close', (code) => {
      // web-test-runner: one progress line per engine, "Firefox: |…| N passed, N failed" (the
      // last one of each engine is its total); node --test: "# pass N" / "# fail N".
      const engines = new Map(
        [...output.matchAll(/^\W*(\w[\w ]*?):\s*\|.*?(\d+) passed, (\d+) failed/gm)].map(
          (match) => [match[1], match],
        ),
      );
      for (const [, , passed, failed] of engines.values()) {
        totals.passed += Number(passed);
        totals.failed += Number(failed);
      }
      const nodePass = [...output.matchAll(/^# pass (\d+)$/gm)].at(-1);
      const nodeFail = [...output.matchAll(/^# fail (\d+)$/gm)].at(-1);
      if (nodePass) totals.passed += Number(nodePass[1]);
      if (nodeFail) totals.failed += Number(nodeFail[1]);
      resolve(code ?? 1);
    });
  });
}

const started = Date.now();
for (const [name, command] of STEPS) {
  console.log(`\n▶ ${name}: ${command}`);
  const code = await run(command);
  if (code !== 0) {
    console.error(`\n✖ ${name} failed (exit ${code}).`);
    console.log(`tests: ${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`);
    process.exit(code);
  }
}
console.log(`\nAll checks passed in ${Math.round((Date.now() - started) / 1000)} s.`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
