// Accepted drift passes: the summary says how many findings the baseline accepted, each accepted group is
// listed with "accepted: ", and the entry that matched nothing is a warning.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def at = lines.indexOf('[INFO] listCalls: 3 response bodies conform to the contract, 16 findings accepted by the baseline, 1 stale baseline entry')
assert at >= 0 : 'no summary line'
def expected = '''\
[INFO] accepted: call_status: "completed" is not allowed (allowed: queued, ringing, in-progress, forwarding, ended) in 3 of 16 calls, first at page-2.json#/1/call_status
[INFO] accepted: failure_reason: "voicemail" is not allowed (allowed: declined, escalated, requested-callback, customer-dropped, assistant-ended, opt-out, null) in 1 of 16 calls, first at page-2.json#/3/failure_reason
[INFO] accepted: messages[].endTime: is required but missing in 1 of 25 user messages, first at page-3.json#/1/messages/2/endTime
[INFO] accepted: messages[].role: "assistant" is not a known role (known: system, user, bot, tool_calls, tool_call_result) in 1 of 100 messages, first at page-3.json#/0/messages/2/role
[INFO] accepted: recording_url: is not described by the contract in 10 of 16 calls, first at page-2.json#/0/recording_url
[WARNING] warning: baseline: jsoncontract-baseline.json#/accepted/4 (failure_reason, enum "no-answer") matched no finding. Remove the entry, or run with -Djsoncontract.updateBaseline=true.
'''.readLines()
assert lines.subList(at + 1, at + 1 + expected.size()) == expected
assert lines.contains('[INFO] BUILD SUCCESS')

def reports = new File(basedir, 'target/jsoncontract-reports')
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'jsoncontract-report.json'))
assert json.failures == 0 && json.warnings == 0 && json.accepted == 16
assert json.groups*.severity == ['accepted'] * 5
assert json.baseline.file == 'jsoncontract-baseline.json' && json.baseline.entries == 6
assert json.baseline.problems*.kind == ['stale'] && json.baseline.problems*.fails == [false]
def junit = new File(reports, 'TEST-jsoncontract.xml').getText('UTF-8')
assert junit.contains('<testsuite name="verify-baseline.listCalls" tests="4" failures="0" errors="0" skipped="0" time="0">')
assert junit.contains('accepted: page-2.json#/1/call_status: enum: &quot;completed&quot; is not allowed')
def page = new File(reports, 'index.html').getText('UTF-8')
assert page.contains('<strong>PASSED</strong>')
assert page.count('<article class="group accepted"') == 5
assert page.contains('accepted by the baseline')
assert new File(reports, 'jsoncontract-summary.md').getText('UTF-8').contains('| accepted | `call_status` |')
// the baseline is the user's file: verify never rewrites it unless asked
assert new File(basedir, 'jsoncontract-baseline.json').getText('UTF-8').contains('CALLS-212')
