// Each goal has its own skip property; jsoncontract.skip skips the checks, never generate.
def log = new File(basedir, 'build.log').text
def count = { String line -> log.readLines().count { it == line } }

// run 1: generate still runs (and says why), the checks are skipped
assert count('[INFO] jsoncontract: jsoncontract.skip skips generate-tests and verify, not generate (this module\'s code needs the sources); -Djsoncontract.generate.skip=true skips it.') == 1
assert count('[INFO] jsoncontract: generate-tests is skipped (jsoncontract.skip=true).') == 1
assert count('[INFO] jsoncontract: verify is skipped (jsoncontract.skip=true).') == 1
// run 2: one skip property each
assert count('[INFO] jsoncontract: generate-tests is skipped (jsoncontract.generateTests.skip=true).') == 1
assert count('[INFO] jsoncontract: verify is skipped (jsoncontract.verify.skip=true).') == 1
// run 3: maven.test.skip skips generate-tests as it skips compiling tests
assert count('[INFO] jsoncontract: generate-tests is skipped (maven.test.skip=true).') == 1
assert count('[INFO] jsoncontract: generate is skipped (jsoncontract.generate.skip=true).') == 1

// generate ran in runs 1 and 2 and named its contract first each time; no test was ever generated
assert count('[INFO] jsoncontract: generate uses the bundled call contract (call.schema.json in the plugin; no schema is configured)') == 2
assert !new File(basedir, 'target/generated-test-sources/jsoncontract/example').exists()
// verify never ran, so no report claims anything
assert !new File(basedir, 'target/jsoncontract-reports/jsoncontract-summary.md').exists()
assert !log.contains('is read-only')
return true
