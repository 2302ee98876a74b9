/**
 * A web-test-runner reporter that ends the run with one line per failed test (browser, file, suite
 * path, first line of the error). The default reporter prints failures as files finish, in the
 * middle of a long log; CI keeps only the log's tail, so the names of the failures must come last.
 */
export function failureSummaryReporter() {
  return {
    stop({ sessions }) {
      const lines = [];
      for (const session of sessions) {
        const file = session.testFile.replace(process.cwd() + '/', '');
        const where = `${session.browser.name} ${file}`;
        for (const error of session.errors ?? []) lines.push(`${where}: ${firstLine(error.message)}`);
        const walk = (suite, path) => {
          for (const test of suite.tests) {
            if (!test.passed && !test.skipped) {
              lines.push(`${where} › ${[...path, test.name].join(' › ')}: ${firstLine(test.error?.message)}`);
            }
          }
          for (const child of suite.suites) walk(child, [...path, child.name]);
        };
        if (session.testResults) walk(session.testResults, []);
        if (!session.passed && !session.testResults && !session.errors?.length)
          lines.push(`${where}: did not finish`);
      }
      if (lines.length === 0) return;
      console.log(`\nFailed (${lines.length}):\n${lines.map((line) => `  ✗ ${line}`).join('\n')}\n`);
    },
  };
}

const firstLine = (text = 'no message') => String(text).split('\n')[0].slice(0, 300);
