// A web-test-runner reporter that writes the run's counts as JSON to the file named by
// RELAIS_TEST_COUNTS ({ passed, failed, skipped }), for the summary of `npm test`
// (scripts/test.mjs), which so never reads counts off a progress bar. Without the variable
// it does nothing. A test file that failed without a failing test (it did not load, or threw
// outside a test) counts as one failure.

/** @returns {import('@web/test-runner').Reporter} */
export function countsReporter({ file = process.env.RELAIS_TEST_COUNTS } = {}) {
  return {
    async onTestRunFinished({ sessions }) {
      if (!file) return;
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = counts.failed;
        const walk = (suite) => {
          for (const test of suite?.tests ?? []) {
            if (test.skipped) counts.skipped += 1;
            else if (test.passed) counts.passed += 1;
            else counts.failed += 1;
          }
          for (const child of suite?.suites ?? []) walk(child);
        };
        walk(session.testResults);
        if (session.passed === false && counts.failed === before) counts.failed += 1;
      }
      const { writeFile } = await import('node:fs/promises');
      await writeFile(file, JSON.stringify(counts));
    },
  };
}
