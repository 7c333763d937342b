// page-2.json holds a time with more digits than the model's double keeps (valid for the contract, which
// says "number"): its generated test fails and says where and how the value changed; page-1.json passes.
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()
def at = lines.indexOf('page-2.json: 1 problem')
assert at > 0 : 'the failure of page-2.json is not in the log'
assert lines[at + 1] == '  List<Call> round trip: page-2.json#/0/messages/1/time: 1793649600523.0001 became 1793649600523'
assert log.contains('[ERROR] Tests run: 5, Failures: 1, Errors: 0, Skipped: 0')
// the coverage lines are JUnit report entries, which Surefire does not print; -Djsoncontract.print=true
// (see invoker.properties) prints them too
assert lines.contains('coverage call_status: never seen: queued, ringing')
assert lines.contains('coverage failure_reason: never seen: declined, escalated, assistant-ended, opt-out')

def report = new File(basedir, 'target/surefire-reports/TEST-example.calls.ListCallsContractTest.xml').getText('UTF-8')
assert report.contains('<testcase name="recording page-1.json" classname="example.calls.ListCallsContractTest" time="')
def failed = report.indexOf('<testcase name="recording page-2.json"')
assert failed > 0
assert report.indexOf('<failure message="page-2.json: 1 problem&#10;  List&lt;Call&gt; round trip: page-2.json#/0/messages/1/time: 1793649600523.0001 became 1793649600523"', failed) > 0
assert report.contains('<testcase name="coverage call_status" classname="example.calls.ListCallsContractTest"')
