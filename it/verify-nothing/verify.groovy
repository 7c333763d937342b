// No recordings folder and no live endpoint: BUILD FAILURE that says how to provide something to verify.
def log = new File(basedir, 'build.log').getText('UTF-8')
def folder = new File(basedir, 'src/test/resources/recordings').absolutePath
assert log.contains('on project verify-nothing: Nothing to verify: no recorded response in ' + folder
        + ' and no live endpoint. Put response bodies there (*.json files, or a *.har export), or point'
        + ' -Djsoncontract.recordings=<folder> at them, or call the live API with -Djsoncontract.baseUrl=<url>'
        + ' (the token comes from the environment or a settings.xml server named by -Djsoncontract.serverId). -> [Help 1]')
assert log.contains('BUILD FAILURE')
