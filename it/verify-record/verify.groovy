// The first build called the stand-in API (a 503 first, retried as Retry-After asked), held the
// response to the contract and recorded it, redacted; the second checked the recording offline.
// The token appears in no log, report or recording.
def server = System.properties.remove('jsoncontract.it.verify-record.server')
server?.stop(0)

def props = new Properties()
new File(basedir, 'invoker.properties').withInputStream { props.load(it) }
String token = props.getProperty('invoker.environmentVariables.CLARION_API_TOKEN')
assert token.startsWith('it-token-')

def log = new File(basedir, 'build.log').getText('UTF-8')
def url = (log =~ /GET (http:\/\/127\.0\.0\.1:\d+\/v1\/call\?limit=2) answered 503 Service Unavailable; retry 1 of 1 in 1 s \(as Retry-After asks\)/)
assert url.find() : 'the 503 was not retried as Retry-After asked'
String live = url.group(1)
assert log.contains("[INFO] GET ${live} answered 200 OK (")

def recordings = new File(basedir, 'src/test/resources/recordings')
def files = recordings.listFiles().collect { it.name }.sort()
assert files.size() == 1 && files[0] ==~ /live-listCalls-\d{8}T\d{6}Z\.json/ : files
def recordingFile = new File(recordings, files[0])
assert log.contains("[INFO] Recorded the response of GET ${live} as ${recordingFile.path} (12 values redacted)")
assert log.contains('[INFO] listCalls: 1 response body conforms to the contract')

// the recording: redacted, pretty-printed, and still held to the contract by the second build
def recording = recordingFile.getText('UTF-8')
assert recording.startsWith('[\n  {\n    "id": 4101,\n')
assert recording.contains('"transcript": "[redacted]"')
assert recording.contains('"source_number": "[redacted]"')
assert recording.contains('"ended_reason": "caller said [redacted]"')
['Maria Jensen moved', '+14155550123', '+14155550199', 'date of birth', 'cardiology, 2026-03-09'].each {
    assert !recording.contains(it) : "$it is still in the recording"
}
assert log.findAll(/BUILD SUCCESS/).size() == 2
assert log.contains("[INFO] listCalls: 1 response body conforms to the contract")

// no log, report or recording holds the token
def holders = []
basedir.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    if (file.name != 'invoker.properties' && file.getText('UTF-8').contains(token)) {
        holders << file.path
    }
}
// the stand-in API's input holds it as a placeholder only
assert holders == [] : "the token was found in ${holders}"
