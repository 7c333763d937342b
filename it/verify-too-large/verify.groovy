// The array is checked call by call and passes; the object does not fit in the heap as one tree: one finding
// naming its size, the heap it needs, the heap the build has and what to do.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def at = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.jsoncontract:jsoncontract-maven-plugin:') }
assert at >= 0 : 'the build did not fail in jsoncontract:verify'
assert lines[at].endsWith('on project verify-too-large: listCalls: 1 contract violation in 1 of 2 response bodies')
def end = lines.findIndexOf(at) { it == '[ERROR] -> [Help 1]' }
assert lines.subList(at + 1, end) == ['[ERROR] response body: is 48.0 MB; checking it as one JSON value needs about'
        + ' 384.0 MB of heap and this build has 256.0 MB. Give Maven more heap (MAVEN_OPTS=-Xmx2g) or split the file'
        + ' in 1 of 2 response bodies, first at export.json']

def junit = new File(basedir, 'target/jsoncontract-reports/TEST-jsoncontract.xml').getText('UTF-8')
assert junit.contains('tests="2" failures="1"')
assert junit.contains('<testcase name="page-1.json" classname="verify-too-large.listCalls" file="src/test/resources/recordings/page-1.json" time="0"/>')
