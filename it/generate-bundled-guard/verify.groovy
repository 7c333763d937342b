// The bundled call contract does not replace a project's own model: a warning names the likely
// cause, generate refuses and deletes nothing.
def log = new File(basedir, 'build.log').text
def version = (log =~ /jsoncontract-maven-plugin:(\S+?):generate/)[0][1]
def out = new File(basedir, 'target/generated-sources/jsoncontract').canonicalPath
def schema = new File(basedir, 'src/main/jsonschema/order.schema.json').canonicalPath

assert log.contains('[INFO] jsoncontract: generate uses the contract src/main/jsonschema (a folder)')
assert log =~ /\[INFO\] jsoncontract: generated 2 files in .* \(2 written, 0 unchanged, 0 removed\)/

// this project declares no Jackson: one hint instead of the compiler's errors
assert log.contains('[WARNING] jsoncontract: the generated sources need com.fasterxml.jackson.core:jackson-annotations (imported by example/orders/Order.java), which this project does not have among its compile dependencies, so compiling them will fail. Add to <dependencies>: com.fasterxml.jackson.core:jackson-databind and com.fasterxml.jackson.datatype:jackson-datatype-jsr310, as in the README\'s quick start.')

def expected = """\
[INFO] jsoncontract: generate uses the bundled call contract (call.schema.json in the plugin; no schema is configured)
[WARNING] jsoncontract: this project has src/main/jsonschema, but no schema is configured for generate, so it uses the bundled call contract. Set <schema>\${project.basedir}/src/main/jsonschema</schema> (or your schema file) in the plugin's own <configuration>, outside <executions>, so that every goal and command-line call uses it.
[WARNING] jsoncontract: no schema is configured for generate, so it uses the bundled call contract (Call, CallsClient, ...) in the package example.orders. Set <schema>\${project.basedir}/src/main/jsonschema</schema> (or your schema file) in the plugin's own <configuration>, outside <executions>, so that every goal and command-line call uses it. (This warning is not given for the package example.calls.)
"""
assert log.contains(expected)
assert log.contains("[ERROR] Failed to execute goal dev.jsoncontract:jsoncontract-maven-plugin:${version}:generate (default) on project generate-bundled-guard: jsoncontract: no schema is configured, so this run would generate the bundled call contract into ${out} and delete the 2 files generated there from ${schema}. Nothing was written. Configure <schema> in the plugin's own <configuration>, outside <executions> (a schema set inside one execution is not seen by other executions or by mvn jsoncontract:generate; and check its spelling). To switch to the bundled contract on purpose, run mvn clean first.")

// the order model is untouched, no call model was written
assert new File(out, 'example/orders/Order.java').isFile()
assert new File(out, 'example/orders/Status.java').isFile() || new File(out, 'example/orders/OrderStatus.java').isFile()
assert !new File(out, 'example/orders/Call.java').exists()
return true
