// Jackson 3: the model, the client and the contract tests compiled with -Xlint:all -Werror against
// tools.jackson 3.3.0 alone; the client test (5) and the contract tests (4 recordings + 3 coverage) pass.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Tests run: 5, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: ')
assert log.contains('[INFO] Tests run: 7, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: ')
assert log.contains('[INFO] Tests run: 12, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('BUILD SUCCESS')

def sources = new File(basedir, 'target/generated-sources/jsoncontract/example/calls')
def client = new File(sources, 'CallsClient.java').getText('UTF-8')
assert client.contains('import tools.jackson.databind.ObjectMapper;')
assert client.contains('import tools.jackson.databind.cfg.DateTimeFeature;')
def tests = new File(basedir, 'target/generated-test-sources/jsoncontract/example/calls')
assert new File(tests, 'ContractTestSupport.java').getText('UTF-8').contains('import tools.jackson.databind.JsonNode;')
// nothing generated refers to Jackson 2's databind; the model's annotations are shared by both
[sources, tests].each { dir ->
    dir.eachFile { file ->
        assert !file.getText('UTF-8').contains('com.fasterxml.jackson.databind') : "${file.name} refers to Jackson 2"
    }
}
assert new File(sources, 'Call.java').getText('UTF-8').contains('import com.fasterxml.jackson.annotation.JsonProperty;')
return true
