// Not an IT of its own (no pom.xml): the check of the demo built under Maven 3.6.3 by the invoker
// execution demo-on-maven-3.6.3 (see the plugin's pom.xml). The demo runs generate, generate-tests,
// its contract tests and verify there, as it does under the Maven of ./mvnw.
// demoDirectory: the demo's clean copy, where the invoker ran it (scriptVariables in the pom)
def log = new File(demoDirectory, 'build.log').text

assert log.contains('Apache Maven 3.6.3 (') : 'the demo did not run under Maven 3.6.3'
assert log.contains('[INFO] jsoncontract: generate uses the bundled call contract (call.schema.json in the plugin; no schema is configured)')
assert log =~ /\[INFO\] jsoncontract: generated 16 files in .* \(16 written, 0 unchanged, 0 removed\)/
assert log =~ /\[INFO\] jsoncontract: contract tests of listCalls for 4 recordings in src\/test\/resources\/recordings: /
assert log =~ /\[INFO\] Tests run: \d+, Failures: 0, Errors: 0, Skipped: 0\n/
assert log.contains('[INFO] listCalls: 4 response bodies conform to the contract')
assert log.contains('[INFO] BUILD SUCCESS')
return true
