// Three pages and a HAR export that keep the contract: the build passes and the reports say so.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] export.har: 1 entry skipped (not a successful GET /call)')
assert log.contains('[INFO] listCalls: 4 response bodies conform to the contract')
assert log.contains('BUILD SUCCESS')
def reports = new File(basedir, 'target/jsoncontract-reports')
def junit = new File(reports, 'TEST-jsoncontract.xml').getText('UTF-8')
assert junit == '''<?xml version="1.0" encoding="UTF-8"?>
<testsuite name="verify-pass.listCalls" tests="4" failures="0" errors="0" skipped="0" time="0">
  <testcase name="export.har#/log/entries/1" classname="verify-pass.listCalls" file="src/test/resources/recordings/export.har" time="0"/>
  <testcase name="page-1.json" classname="verify-pass.listCalls" file="src/test/resources/recordings/page-1.json" time="0"/>
  <testcase name="page-2.json" classname="verify-pass.listCalls" file="src/test/resources/recordings/page-2.json" time="0"/>
  <testcase name="page-3.json" classname="verify-pass.listCalls" file="src/test/resources/recordings/page-3.json" time="0"/>
</testsuite>
'''
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'jsoncontract-report.json'))
assert json.bodies == 4 && json.failures == 0 && json.warnings == 0 && json.groups == []
