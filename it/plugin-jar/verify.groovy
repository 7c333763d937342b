// The installed plugin jar carries the m2e lifecycle mapping (generate and generate-tests run on
// incremental builds in Eclipse, verify is ignored there), LICENSE and NOTICE; the sources and
// javadoc jars are installed beside it.
import java.util.jar.JarFile
import javax.xml.parsers.DocumentBuilderFactory
import javax.xml.xpath.XPathConstants
import javax.xml.xpath.XPathFactory

def parse = { InputStream input -> DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(input) }
def xpath = XPathFactory.newInstance().newXPath()
def text = { doc, String path -> xpath.evaluate(path, doc) }

def version = text(parse(new File(basedir, 'pom.xml').newInputStream()),
        "/*[local-name()='project']/*[local-name()='properties']/*[local-name()='jsoncontract.version']")
def folder = new File(localRepositoryPath, "dev/jsoncontract/jsoncontract-maven-plugin/${version}")
def jar = new JarFile(new File(folder, "jsoncontract-maven-plugin-${version}.jar"))

def entry = jar.getEntry('META-INF/m2e/lifecycle-mapping-metadata.xml')
assert entry != null : 'META-INF/m2e/lifecycle-mapping-metadata.xml is missing from the plugin jar'
def mapping = parse(jar.getInputStream(entry))
def actions = [:]
def executions = xpath.evaluate('/lifecycleMappingMetadata/pluginExecutions/pluginExecution', mapping, XPathConstants.NODESET)
for (int i = 0; i < executions.length; i++) {
    def execution = executions.item(i)
    def action = text(execution, 'name(action/*)') + (text(execution, 'action/execute') ? ' runOnIncremental='
            + text(execution, 'action/execute/runOnIncremental') : '')
    def goals = xpath.evaluate('pluginExecutionFilter/goals/goal', execution, XPathConstants.NODESET)
    for (int j = 0; j < goals.length; j++) {
        actions[goals.item(j).textContent] = action
    }
}
assert actions == ['generate': 'execute runOnIncremental=true', 'generate-tests': 'execute runOnIncremental=true',
                   'verify': 'ignore']

assert new String(jar.getInputStream(jar.getEntry('META-INF/LICENSE')).readAllBytes(), 'UTF-8')
        .contains('Apache License')
assert jar.getEntry('META-INF/NOTICE') != null
// the goals the mapping names are the plugin's, and the plugin asks for the Maven the ITs prove
def plugin = parse(jar.getInputStream(jar.getEntry('META-INF/maven/plugin.xml')))
def declared = xpath.evaluate('/plugin/mojos/mojo/goal', plugin, XPathConstants.NODESET)
assert (0..<declared.length).collect { declared.item(it).textContent }.containsAll(['generate', 'generate-tests', 'verify'])
assert text(plugin, '/plugin/requiredMavenVersion') == '3.6.3'
jar.close()

assert new File(folder, "jsoncontract-maven-plugin-${version}-sources.jar").isFile()
assert new File(folder, "jsoncontract-maven-plugin-${version}-javadoc.jar").isFile()
return true
