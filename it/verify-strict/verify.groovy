// The build fails with the grouped summary: a summary line, then one line per group, exactly these.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def at = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.jsoncontract:jsoncontract-maven-plugin:') }
assert at >= 0 : 'the build did not fail in jsoncontract:verify'
assert lines[at].endsWith('on project verify-strict: ' + '''listCalls: 5 contract violations in 1 of 1 response body''')
def end = lines.findIndexOf(at) { it == '[ERROR] -> [Help 1]' }
def groups = lines.subList(at + 1, end)
def expected = '''\
messages[].voice: is not described by the contract in 3 of 16 bot messages, first at page-1.json#/1/messages/1/voice
recording_url: is not described by the contract in 2 of 6 calls, first at page-1.json#/1/recording_url
'''.readLines().collect { '[ERROR] ' + it }
assert groups == expected

def reports = new File(basedir, 'target/jsoncontract-reports')
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'jsoncontract-report.json'))
assert json.failures == 5 && json.warnings == 0
assert json.groups*.severity == ['failure', 'failure']
assert json.groups*.keyword == ['drift', 'drift']
