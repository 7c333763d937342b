// The token from the encrypted settings.xml password is refused: a BUILD FAILURE through a
// MojoExecutionException (a setup problem, not a contract violation) with one line naming the URL
// and where the token came from; the token is nowhere.
def server = System.properties.remove('jsoncontract.it.verify-live-401.server')
server?.stop(0)
// built here so that no file of this IT holds it literally
String token = 'it-token-' + 'expired-8e1f6a'

def lines = new File(basedir, 'build.log').readLines('UTF-8')
def at = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.jsoncontract:jsoncontract-maven-plugin:') }
assert at >= 0 : 'the build did not fail in jsoncontract:verify'
def failed = (lines[at] =~ /on project verify-live-401: (.*) -> \[Help 1\]$/)
assert failed.find()
def port = (lines[at] =~ /127\.0\.0\.1:(\d+)/)
assert port.find()
assert failed.group(1) == "401 Unauthorized from GET http://127.0.0.1:${port.group(1)}/v1/call?limit=2: the token was" +
        " refused. Check the settings.xml server 'clarion'; it may be expired, revoked or meant for another environment."
assert lines.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException')

def holders = []
basedir.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    if (file.getText('UTF-8').contains(token)) {
        holders << file.path
    }
}
assert holders == [] : "the token was found in ${holders}"
