// An expired entry accepts nothing: its findings fail again, and the build names the entry and its reason.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def at = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.jsoncontract:jsoncontract-maven-plugin:') }
assert at >= 0 : 'the build did not fail in jsoncontract:verify'
assert lines[at].endsWith('on project verify-baseline-expired: listCalls: 3 contract violations in 2 of 3 response bodies, 13 findings accepted by the baseline, 1 expired baseline entry')
def end = lines.findIndexOf(at) { it == '[ERROR] -> [Help 1]' }
def groups = lines.subList(at + 1, end)
assert groups.first() == '[ERROR] call_status: "completed" is not allowed (allowed: queued, ringing, in-progress, forwarding, ended) in 3 of 16 calls, first at page-2.json#/1/call_status'
assert groups.last() == '[ERROR] baseline: jsoncontract-baseline.json#/accepted/3 (call_status, enum "completed") expired on 2026-11-30: "Provider promised to stop sending completed by the end of November (PRV-91)". Fix the drift, or review the entry: set a later "expires" or remove it.'
assert groups.count { it.startsWith('[ERROR] accepted: ') } == 4
def reports = new File(basedir, 'target/jsoncontract-reports')
def junit = new File(reports, 'TEST-jsoncontract.xml').getText('UTF-8')
assert junit.contains('<testcase name="jsoncontract-baseline.json" classname="verify-baseline-expired.listCalls" file="jsoncontract-baseline.json" time="0">')
assert junit.contains('<failure type="baseline" message="1 baseline problem">baseline: jsoncontract-baseline.json#/accepted/3 (call_status, enum &quot;completed&quot;) expired on 2026-11-30')
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'jsoncontract-report.json'))
assert json.baseline.problems*.kind == ['expired'] && json.baseline.problems*.fails == [true]
