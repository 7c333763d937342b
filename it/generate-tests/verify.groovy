// mvn test with generate + generate-tests on the bundled example recordings: every generated test passes,
// one per recording (a HAR entry counts as one) plus one coverage test per enum and oneOf.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] jsoncontract: contract tests of listCalls for 4 recordings in src/test/resources/recordings: 2 files in ')
assert log.contains('[INFO] Tests run: 7, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: ')
assert log.contains('BUILD SUCCESS')
// the generated tests print nothing: coverage lines and notes are JUnit report entries (shown by IDEs and
// the JUnit console launcher; Surefire does not print them)
assert !log.contains('coverage call_status:')

// the reports name each test after its recording
def report = new File(basedir, 'target/surefire-reports/TEST-example.calls.ListCallsContractTest.xml').getText('UTF-8')
['export.har#/log/entries/1', 'page-1.json', 'page-2.json', 'page-3.json'].each {
    assert report.contains('<testcase name="recording ' + it + '" classname="example.calls.ListCallsContractTest"')
}
assert report.contains('<testcase name="coverage failure_reason" classname="example.calls.ListCallsContractTest"')

// the generated test holds no absolute path: it finds the recordings relative to the project
def test = new File(basedir, 'target/generated-test-sources/jsoncontract/example/calls/ListCallsContractTest.java').getText('UTF-8')
assert test.contains('private static final String RECORDINGS_FOLDER = "src/test/resources/recordings";')
assert !test.contains(basedir.absolutePath)
assert new File(basedir, 'target/generated-test-sources/jsoncontract/example/calls/ContractTestSupport.java').isFile()
