// Published-style schemas generate, compile with -Xlint:all -Werror, and read sample payloads exactly.
def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/jsoncontract/example/events')

['IssueOpened', 'Issue', 'Event', 'User', 'Labels', 'License'].each {
    assert new File(generated, "${it}.java").isFile() : "${it}.java was not generated"
}
// IssueClosed only narrows Event (a const and required), so it is Event; Env is a Map, not a type
['IssueClosed', 'Env'].each {
    assert !new File(generated, "${it}.java").exists() : "${it}.java should not be generated"
}
assert new File(generated, 'Issue.java').text.contains('Map<String, String> env')
assert !log.contains('mapped to JsonNode') : 'nothing here needs JsonNode'
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0')
// verify reads the plugin-level includes and schemaMappings as generate does (the license $ref is remote)
assert log.contains('[INFO] events/issue-opened.schema.json#: 2 response bodies conform to the contract')
assert log.contains('[INFO] events/issue-closed.schema.json#: 1 response body conforms to the contract')
assert log.contains('BUILD SUCCESS')
return true
