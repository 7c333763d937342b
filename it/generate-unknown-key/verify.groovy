// A misspelt or unsupported key in x-jsoncontract stops the build (BUILD FAILURE), naming each key
// with its JSON Pointer and the keys an operation supports; nothing is generated.
def log = new File(basedir, 'build.log').text
def version = (log =~ /jsoncontract-maven-plugin:(\S+?):generate/)[0][1]

def expected = '''\
[ERROR] Failed to execute goal dev.jsoncontract:jsoncontract-maven-plugin:@VERSION@:generate (default) on project generate-unknown-key: jsoncontract: the schema cannot be read (2 problems):
[ERROR]   order.schema.json#/x-jsoncontract/operations/listOrders/qurey: "qurey" is not a key jsoncontract knows (did you mean "query"?); it would be ignored. The keys of an operation are: description, method, path, query, redact, response.
[ERROR]   order.schema.json#/x-jsoncontract/operations/listOrders/request: "request": request bodies are not supported: operations are GET requests without a body, and verify checks response bodies only. The keys of an operation are: description, method, path, query, redact, response.
[ERROR] -> [Help 1]
'''.replace('@VERSION@', version)

assert log.contains(expected)
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/generated-sources/jsoncontract').exists()
return true
