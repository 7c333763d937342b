// ISO-8859-1 sources: the generated files are pure ASCII, the enum value "grüß" arrives exactly
// (the test reads and writes it), and the Javadoc keeps the schema's text as unicode escapes.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('BUILD SUCCESS')

def sources = new File(basedir, 'target/generated-sources/jsoncontract/example/greetings')
sources.eachFile { file ->
    def bytes = file.bytes
    assert bytes.every { it >= 0 } : "${file.name} is not pure ASCII"
}
def word = new File(sources, 'Word.java').getText('US-ASCII')
assert word.contains('GR\\u00dcSS("gr\\u00fc\\u00df"),')
assert word.contains(' * Das Wort: gr\\u00fc\\u00df oder hallo.')
return true
