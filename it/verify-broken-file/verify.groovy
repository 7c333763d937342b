// The build fails with the grouped summary: a summary line, then one line per group, exactly these.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def at = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.jsoncontract:jsoncontract-maven-plugin:') }
assert at >= 0 : 'the build did not fail in jsoncontract:verify'
assert lines[at].endsWith('on project verify-broken-file: ' + '''listCalls: 4 contract violations in 4 of 5 response bodies''')
def end = lines.findIndexOf(at) { it == '[ERROR] -> [Help 1]' }
def groups = lines.subList(at + 1, end)
def expected = '''\
response body: is not valid JSON at line 4, column 5 (Unexpected character ('"' (code 34)): was expecting comma to separate Object entries) in 1 of 5 response bodies, first at page-3.json
response body: is empty; a response body must be a JSON document in 1 of 5 response bodies, first at page-4.json
call_status: "completed" is not allowed (allowed: queued, ringing, in-progress, forwarding, ended) in 1 of 12 calls, first at page-2.json#/2/call_status
response body: expected array, found object in 1 of 5 response bodies, first at page-5.json
'''.readLines().collect { '[ERROR] ' + it }
assert groups == expected

def reports = new File(basedir, 'target/jsoncontract-reports')
def junit = new File(reports, 'TEST-jsoncontract.xml').getText('UTF-8')
assert junit.contains('tests="5" failures="4"')
assert junit.contains('<testcase name="page-1.json" classname="verify-broken-file.listCalls" file="src/test/resources/recordings/page-1.json" time="0"/>')
