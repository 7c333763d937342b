// Two builds with -X against an endpoint that echoes the token: violations in the first, a body
// that is not JSON in the second. The token is in no line of the log (messages, causes and their
// stack traces included) and in no report; where it stood, the messages show ****.
def server = System.properties.remove('jsoncontract.it.verify-live-leak.server')
server?.stop(0)
String token = 'sk_live_it4eC39HqLyjWDarjtT1zdp7dc'

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[DEBUG]') : 'the builds ran with -X'
def port = (log =~ /Calling GET http:\/\/127\.0\.0\.1:(\d+)\/v1\/call\?limit=2/)
assert port.find() : 'the live call is logged as the README shows it'
String url = "http://127.0.0.1:${port.group(1)}/v1/call?limit=2"
assert log.contains("[ERROR] call_status: \"****\" is not allowed (allowed: queued, ringing, in-progress, forwarding, ended)" +
        " in 1 of 1 calls, first at ${url}#/0/call_status")
assert log.contains("[ERROR] warning: ****: is not described by the contract in 1 of 1 calls, first at ${url}#/0/****")
assert log.contains("on project verify-live-leak: GET ${url} answered 200 OK with a body that is not JSON" +
        " (Content-Type application/json; invalid at line 1, column 1; the response body starts with" +
        " \"**** is not a JSON body\")")
assert log.contains('Caused by: ') : 'the cause chain is printed, scrubbed'

def holders = []
new File(basedir, 'build.log').with { if (it.getText('UTF-8').contains(token.substring(0, 12))) { holders << it.path } }
new File(basedir, 'target').eachFileRecurse(groovy.io.FileType.FILES) { file ->
    if (file.getText('UTF-8').contains(token.substring(0, 12))) {
        holders << file.path
    }
}
assert holders == [] : "the token was found in ${holders}"
