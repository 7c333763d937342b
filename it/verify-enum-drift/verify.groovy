// The build fails with the grouped summary: a summary line, then one line per group, exactly these.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def at = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.jsoncontract:jsoncontract-maven-plugin:') }
assert at >= 0 : 'the build did not fail in jsoncontract:verify'
assert lines[at].endsWith('on project verify-enum-drift: ' + '''listCalls: 6 contract violations in 2 of 3 response bodies, 10 drift warnings''')
def end = lines.findIndexOf(at) { it == '[ERROR] -> [Help 1]' }
def groups = lines.subList(at + 1, end)
def expected = '''\
call_status: "completed" is not allowed (allowed: queued, ringing, in-progress, forwarding, ended) in 3 of 16 calls, first at page-2.json#/1/call_status
failure_reason: "voicemail" is not allowed (allowed: declined, escalated, requested-callback, customer-dropped, assistant-ended, opt-out, null) in 1 of 16 calls, first at page-2.json#/3/failure_reason
messages[].endTime: is required but missing in 1 of 25 user messages, first at page-3.json#/1/messages/2/endTime
messages[].role: "assistant" is not a known role (known: system, user, bot, tool_calls, tool_call_result) in 1 of 100 messages, first at page-3.json#/0/messages/2/role
warning: recording_url: is not described by the contract in 10 of 16 calls, first at page-2.json#/0/recording_url
'''.readLines().collect { '[ERROR] ' + it }
assert groups == expected

def reports = new File(basedir, 'target/jsoncontract-reports')
def junit = new File(reports, 'TEST-jsoncontract.xml').getText('UTF-8')
assert junit.contains('<testsuite name="verify-enum-drift.listCalls" tests="3" failures="2" errors="0" skipped="0" time="0">')
assert junit.contains('<testcase name="page-1.json" classname="verify-enum-drift.listCalls" file="src/test/resources/recordings/page-1.json" time="0"/>')
assert junit.contains('page-3.json#/0/messages/2/role: oneOf: &quot;assistant&quot; is not a known role (known: system, user, bot, tool_calls, tool_call_result)')
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'jsoncontract-report.json'))
assert json.bodies == 3 && json.failures == 6 && json.warnings == 10
assert json.groups[0].examples == ['page-2.json#/1/call_status', 'page-2.json#/4/call_status', 'page-3.json#/2/call_status']
assert json.groups[0].allowed == ['"queued"', '"ringing"', '"in-progress"', '"forwarding"', '"ended"']
assert new File(reports, 'jsoncontract-summary.md').getText('UTF-8').contains('| failure | `call_status` | "completed" is not allowed (allowed: queued, ringing, in-progress, forwarding, ended) | 3 of 16 calls | `page-2.json#/1/call_status` |')
