// The update writes every current group into the baseline, sorted, in one layout: the reason and expiry of
// call_status are kept, new entries say "reason": "TODO", the stale "no-answer" entry is gone. The second build
// (plain verify) passes on the file the first one wrote.
def log = new File(basedir, 'build.log').readLines('UTF-8')
assert log.contains('[INFO] Wrote the baseline jsoncontract-baseline.json: 5 entries (4 added with "reason": "TODO", 1 stale removed). Review the diff and give each new entry its reason.')
assert log.count('[INFO] listCalls: 3 response bodies conform to the contract, 16 findings accepted by the baseline') == 2
assert log.count('[INFO] BUILD SUCCESS') == 2
def entry = { subject, location, keyword, value, reason, expires = null ->
    '''    {
      "subject": "''' + subject + '''",
      "schemaLocation": "''' + location + '''",
      "keyword": "''' + keyword + '''",
      "value": "''' + value.replace('"', '\\"') + '''",
      "reason": "''' + reason + '"' + (expires == null ? '' : ''',
      "expires": "''' + expires + '"') + '''
    }'''
}
def expected = '{\n  "accepted": [\n' + [
        entry('recording_url', 'bundled:call.schema.json#', 'drift', '"recording_url"', 'TODO'),
        entry('messages[].role', 'bundled:call.schema.json#/definitions/Message', 'oneOf', '"assistant"', 'TODO'),
        entry('messages[].endTime', 'bundled:call.schema.json#/definitions/UserMessage', 'required', '"endTime"', 'TODO'),
        entry('call_status', 'bundled:call.schema.json#/properties/call_status', 'enum', '"completed"',
                'New status, announced for 2026-11; CALLS-215 adds it to the contract', '2999-01-31'),
        entry('failure_reason', 'bundled:call.schema.json#/properties/failure_reason', 'enum', '"voicemail"', 'TODO'),
].join(',\n') + '\n  ]\n}\n'
assert new File(basedir, 'jsoncontract-baseline.json').getText('UTF-8') == expected
