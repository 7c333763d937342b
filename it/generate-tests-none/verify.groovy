// No recordings: generate-tests writes no test, says so in one line, and the build passes.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
assert lines.contains('[INFO] jsoncontract: no recordings in src/test/resources/recordings, so no contract tests are generated.'
        + ' Put response bodies there (*.json, *.har) or point jsoncontract.recordings at them.')
assert lines.contains('[INFO] BUILD SUCCESS')
assert !new File(basedir, 'target/generated-test-sources/jsoncontract/example/calls/ListCallsContractTest.java').exists()
