// The quick start generated the call model and client, compiled them with -Xlint:all -Werror,
// and the client test ran against the loopback server.
def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/jsoncontract/example/calls')

assert log =~ /\[INFO\] jsoncontract: generated 16 files in .* \(16 written, 0 unchanged, 0 removed\)/
['Call', 'CallStatus', 'FailureReason', 'Analysis', 'Message', 'SystemMessage', 'UserMessage', 'BotMessage',
 'ToolCallMessage', 'ToolCallResultMessage', 'ToolCall', 'ToolCallFunction', 'CallsClient', 'ListCallsQuery',
 'ApiException'].each {
    assert new File(generated, "${it}.java").isFile() : "${it}.java was not generated"
}
assert new File(basedir, 'target/classes/example/App.class').isFile()
assert log.contains('Tests run: 5, Failures: 0, Errors: 0, Skipped: 0')
return true
