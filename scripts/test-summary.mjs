// Adds up vitest's and Playwright's JSON reports into one closing line, and fails when a report
// is missing or no test ran at all.
import fs from 'node:fs';

/** The reasons Playwright tests gave for skipping themselves (test.skip(cond, reason)). */
function skipReasons(suites) {
  const out = [];
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'skipped') continue;
        const note = (t.annotations ?? []).find((a) => a.type === 'skip')?.description;
        out.push(`${spec.title}${note ? ` — ${note}` : ''}`);
      }
    }
    out.push(...skipReasons(suite.suites ?? []));
  }
  return out;
}

let passed = 0;
let failed = 0;
let skipped = 0;
let ok = true;

for (const file of process.argv.slice(2)) {
  if (!fs.existsSync(file)) {
    console.error(`Нет отчёта ${file}: набор тестов не запустился.`);
    ok = false;
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  if ('numPassedTests' in report) {
    // vitest (Jest-compatible JSON)
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    if (report.numFailedTestSuites > 0 && report.numFailedTests === 0) failed += report.numFailedTestSuites;
  } else if (report.stats) {
    // Playwright
    passed += report.stats.expected + (report.stats.flaky ?? 0);
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
    for (const reason of skipReasons(report.suites ?? [])) console.log(`пропущено: ${reason}`);
    for (const e of report.errors ?? []) {
      console.error(e.message ?? e);
      failed += 1;
    }
  }
}
if (passed + failed === 0) ok = false;
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok && failed === 0 ? 0 : 1);
