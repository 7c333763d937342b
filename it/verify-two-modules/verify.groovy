// Each module's reports carry its artifactId, so that CI shows two suites and two headings, and
// each test case names the recording it stands for.
def junitA = new File(basedir, 'calls-a/target/jsoncontract-reports/TEST-jsoncontract.xml').getText('UTF-8')
def junitB = new File(basedir, 'calls-b/target/jsoncontract-reports/TEST-jsoncontract.xml').getText('UTF-8')
assert junitA == '''\
<?xml version="1.0" encoding="UTF-8"?>
<testsuite name="calls-a.listCalls" tests="1" failures="0" errors="0" skipped="0" time="0">
  <testcase name="page-1.json" classname="calls-a.listCalls" file="src/test/resources/recordings/page-1.json" time="0"/>
</testsuite>
'''
assert junitB == '''\
<?xml version="1.0" encoding="UTF-8"?>
<testsuite name="calls-b.listCalls" tests="1" failures="0" errors="0" skipped="0" time="0">
  <testcase name="page-2.json" classname="calls-b.listCalls" file="src/test/resources/recordings/page-2.json" time="0"/>
</testsuite>
'''

def summary = new File(basedir, 'step-summary.md').getText('UTF-8')
def headings = summary.readLines().findAll { it.startsWith('## ') }
assert headings == ['## jsoncontract verify: calls-a.listCalls', '## jsoncontract verify: calls-b.listCalls']
assert new File(basedir, 'calls-a/target/jsoncontract-reports/jsoncontract-summary.md').text
        .startsWith('## jsoncontract verify: calls-a.listCalls\n')
return true
