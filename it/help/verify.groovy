// The help goal is the manual: every parameter of generate, with its property and default.
def log = new File(basedir, 'build.log').text

// the header: the pom's one-line description, wrapped by help alone (a line break in the pom broke it mid-sentence)
assert log.contains('''\
[INFO] jsoncontract Maven plugin @VERSION@
  Turns a JSON Schema contract into Java 17 code and a typed HTTP client, and
  holds recorded or live API responses to that contract.

This plugin has 4 goals:
'''.replace('@VERSION@', (log =~ /jsoncontract Maven plugin (\S+)/)[0][1]))

def start = log.indexOf('\njsoncontract:generate\n')
assert start >= 0 : 'the generate goal is not described'
def end = log.indexOf('\njsoncontract:', start + 1)
def generate = log.substring(start, end > 0 ? end : log.length())
// help wraps long lines; compare with single spaces
def text = generate.replaceAll(/\s+/, ' ')

assert text.contains('Generates Java 17 records, enums, sealed interfaces and a typed HTTP client from a JSON Schema contract')
assert text.contains('An invalid schema fails the build (BUILD FAILURE) with every problem listed as file#pointer: problem. The first log line names the contract used.')
assert !log.contains('BUILD ERROR')

[
    'packageName': 'jsoncontract.packageName',
    'schema': 'jsoncontract.schema',
    'outputDirectory': 'jsoncontract.outputDirectory',
    'skip': 'jsoncontract.generate.skip',
    'reportsDirectory': 'jsoncontract.reportsDirectory',
].each { name, property ->
    assert generate =~ /(?m)^ {4}${name}( \(Default:.*)?$/ : "parameter ${name} is not listed"
    assert text.contains("User property: ${property}") : "property ${property} is not listed"
}
assert text.contains('outputDirectory (Default: ${project.build.directory}/generated-sources/jsoncontract)')
assert text.contains('packageName The package of the generated code, e.g. example.calls. Required. Required: Yes')
assert text.contains('skip (Default: false)')
return true
