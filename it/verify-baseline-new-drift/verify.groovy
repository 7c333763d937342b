// New drift still fails: only call_status "completed" is accepted, every other finding fails or warns as without a baseline.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def at = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.jsoncontract:jsoncontract-maven-plugin:') }
assert at >= 0 : 'the build did not fail in jsoncontract:verify'
assert lines[at].endsWith('on project verify-baseline-new-drift: listCalls: 3 contract violations in 2 of 3 response bodies, 10 drift warnings, 3 findings accepted by the baseline')
def end = lines.findIndexOf(at) { it == '[ERROR] -> [Help 1]' }
assert lines.subList(at + 1, end) == '''\
failure_reason: "voicemail" is not allowed (allowed: declined, escalated, requested-callback, customer-dropped, assistant-ended, opt-out, null) in 1 of 16 calls, first at page-2.json#/3/failure_reason
messages[].endTime: is required but missing in 1 of 25 user messages, first at page-3.json#/1/messages/2/endTime
messages[].role: "assistant" is not a known role (known: system, user, bot, tool_calls, tool_call_result) in 1 of 100 messages, first at page-3.json#/0/messages/2/role
warning: recording_url: is not described by the contract in 10 of 16 calls, first at page-2.json#/0/recording_url
accepted: call_status: "completed" is not allowed (allowed: queued, ringing, in-progress, forwarding, ended) in 3 of 16 calls, first at page-2.json#/1/call_status
'''.readLines().collect { '[ERROR] ' + it }
def page = new File(basedir, 'target/jsoncontract-reports/index.html').getText('UTF-8')
assert page.contains('<strong>FAILED</strong>')
assert page.count('<article class="group accepted"') == 1 && page.count('<article class="group failure"') == 3
