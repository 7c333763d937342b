// A broken schema is a configuration problem: BUILD FAILURE through a MojoExecutionException naming every
// mistake with its file and JSON Pointer, sorted, none left out, nothing written.
def log = new File(basedir, 'build.log').text
def version = (log =~ /jsoncontract-maven-plugin:(\S+?):generate/)[0][1]

def expected = '''\
[ERROR] Failed to execute goal dev.jsoncontract:jsoncontract-maven-plugin:@VERSION@:generate (default) on project generate-invalid-schema: jsoncontract: The contract cannot be turned into Java (4 problems):
[ERROR]   device.schema.json#/properties/name/type: "strnig" is not a JSON Schema type; use one of [array, boolean, integer, null, number, object, string].
[ERROR]   device.schema.json#/properties/position: allows no value: array (device.schema.json#/properties/position/allOf/0) and string (device.schema.json#/properties/position/allOf/1) contradict each other. Fix one of them so that the schemas combined here (allOf, or the keywords beside oneOf/anyOf) describe the same kind of value.
[ERROR]   device.schema.json#/properties/state/$ref: "#/definitions/State" points at nothing: device.schema.json has no /definitions/State. Check the name in the reference.
[ERROR]   device.schema.json#/x-jsoncontract/operations/listDevices/query/properties/filter: a query parameter of type "object" cannot be sent; use a string, integer, number or boolean (optionally with enum or format), or an array of them.
[ERROR] -> [Help 1]
'''.replace('@VERSION@', version)

assert log.contains(expected)
assert log.contains('org.apache.maven.lifecycle.LifecycleExecutionException') && log.contains('Caused by: org.apache.maven.plugin.MojoExecutionException')
assert !new File(basedir, 'target/generated-sources/jsoncontract').exists()
return true
