// An endless body under -Xmx256m is cut off at 32 MiB (an eighth of the heap): one BUILD FAILURE
// line that says what to do, no OutOfMemoryError anywhere, and the build did not hang.
def server = System.properties.remove('jsoncontract.it.verify-live-endless.server')
server?.stop(0)

def lines = new File(basedir, 'build.log').readLines('UTF-8')
def at = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.jsoncontract:jsoncontract-maven-plugin:') }
assert at >= 0 : 'the build did not fail in jsoncontract:verify'
def port = (lines[at] =~ /127\.0\.0\.1:(\d+)/)
assert port.find()
assert lines[at].endsWith("on project verify-live-endless: GET http://127.0.0.1:${port.group(1)}/v1/call?limit=2 answered" +
        " a body larger than 33554432 bytes, more than verify reads into memory with this heap (at most an eighth of" +
        " it; MAVEN_OPTS=-Xmx2g raises the limit up to 268435456 bytes). Ask for less, e.g. a smaller limit in the" +
        " query. -> [Help 1]")
assert !lines.any { it.contains('OutOfMemoryError') || it.contains('Java heap space') }
