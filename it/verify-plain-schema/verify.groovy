// Plain schema mode: no x-jsoncontract, a folder of schemas that refer to each other by relative paths.
// push.schema.json is the root (no other file refers to it); each payload, an object, is held to it.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
assert lines.any { it.startsWith('[INFO] Checking 3 recorded file(s) in ') && it.endsWith(' against push.schema.json#') }
def at = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.jsoncontract:jsoncontract-maven-plugin:') }
assert at >= 0 : 'the build did not fail in jsoncontract:verify'
assert lines[at].endsWith('on project verify-plain-schema: push.schema.json#: 5 contract violations in 2 of 3 response bodies, 1 drift warning')
def end = lines.findIndexOf(at) { it == '[ERROR] -> [Help 1]' }
def expected = '''\
commits[].author.email: "not-an-email" is not a valid email in 1 of 2 commits[].author objects, first at push-2.json#/commits/0/author/email
commits[].id: "6dcb09b" does not match the pattern ^[0-9a-f]{40}$ in 1 of 2 commits, first at push-2.json#/commits/0/id
repository.custom_properties.pipeline.type: is required but missing in 1 of 2 repository.custom_properties{} objects, first at push-2.json#/repository/custom_properties/pipeline/type
repository.owner.id: expected integer, found string "9919" in 1 of 6 users, first at push-3.json#/repository/owner/id
sender.type: "Robot" is not allowed (allowed: User, Bot, Organization) in 1 of 6 users, first at push-2.json#/sender/type
warning: repository.visibility: is not described by the contract in 1 of 3 repositories, first at push-3.json#/repository/visibility
'''.readLines().collect { '[ERROR] ' + it }
assert lines.subList(at + 1, end) == expected

// the JSON report carries the value each message shows, also for format, pattern and type findings
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/jsoncontract-reports/jsoncontract-report.json'))
assert json.operation == 'push.schema.json#' && json.bodies == 3 && json.failures == 5 && json.warnings == 1
def byKeyword = json.groups.collectEntries { [(it.keyword + ' ' + it.subject): it] }
assert byKeyword['format commits[].author.email'].value == '"not-an-email"'
assert byKeyword['pattern commits[].id'].value == '"6dcb09b"'
assert byKeyword['type repository.owner.id'].value == '"9919"'
assert byKeyword['required repository.custom_properties.pipeline.type'].schemaLocation == 'common/repository.schema.json#/properties/custom_properties/additionalProperties'
