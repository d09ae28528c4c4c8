// Counts one runner's JSON report for .ci/run: prints every failed and every skipped test by name,
// then a last line "<passed> <failed>". A skipped test counts as failed: nothing here is skipped on
// purpose, so a skip means a test that did not run (after a failure in a serial describe, or an
// `it.skip` left behind), and it must not vanish from the total.
// Usage: node .ci/count.cjs jest|playwright <report.json>
const [kind, file] = process.argv.slice(2);
const report = require(require('node:path').resolve(file));

let passed = 0;
const failed = [];
const skipped = [];
const flaky = [];

if (kind === 'jest') {
  for (const suite of report.testResults) {
    const where = require('node:path').relative(process.cwd(), suite.name);
    if (suite.assertionResults.length === 0 && suite.status === 'failed') {
      failed.push(
        `${where} (the file did not run: ${(suite.message || '').split('\n').find(Boolean) ?? ''})`,
      );
    }
    for (const test of suite.assertionResults) {
      const name = `${where} › ${test.fullName}`;
      if (test.status === 'passed') passed += 1;
      else if (test.status === 'failed') failed.push(name);
      else skipped.push(name);
    }
  }
} else if (kind === 'playwright') {
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const name = [...path, spec.title].join(' › ');
        if (test.status === 'flaky') flaky.push(name);
        if (test.status === 'expected' || test.status === 'flaky') passed += 1;
        else if (test.status === 'skipped') skipped.push(name);
        else failed.push(name);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of report.suites) walk(suite, [suite.title]);
  for (const error of report.errors ?? []) failed.push(`(outside any test) ${error.message?.split('\n')[0]}`);
} else {
  throw new Error(`unknown report kind ${kind}`);
}

for (const name of flaky) console.log(`  FLAKY   ${name} (failed, then passed when run again)`);
for (const name of failed) console.log(`  FAILED  ${name}`);
for (const name of skipped) console.log(`  SKIPPED ${name} (did not run; counted as failed)`);
if (skipped.length > 0) console.log(`  ${skipped.length} skipped, counted as failed`);
console.log(`${passed} ${failed.length + skipped.length}`);
