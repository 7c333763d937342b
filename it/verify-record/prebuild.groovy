// A stand-in of the List Calls API on a loopback port: it answers api/calls.json to the token of
// invoker.properties (the response echoes the token once, as some APIs do) and 401 to anything else.
// The first request gets a 503 with Retry-After: 1, so that the retry is exercised too.
import com.sun.net.httpserver.HttpServer
import java.util.concurrent.atomic.AtomicInteger

def props = new Properties()
new File(basedir, 'invoker.properties').withInputStream { props.load(it) }
String token = props.getProperty('invoker.environmentVariables.CLARION_API_TOKEN')
byte[] calls = new File(basedir, 'api/calls.json').getText('UTF-8').replace('TOKEN_ECHO', token).getBytes('UTF-8')
def requests = new AtomicInteger()

def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/v1/call') { exchange ->
    int n = requests.incrementAndGet()
    boolean authorized = exchange.requestHeaders.getFirst('Authorization') == 'Bearer ' + token
    int status = !authorized ? 401 : n == 1 ? 503 : 200
    byte[] body = status == 200 ? calls : '{"error": "try again"}'.getBytes('UTF-8')
    exchange.responseHeaders.add('Content-Type', 'application/json')
    if (status == 503) {
        exchange.responseHeaders.add('Retry-After', '1')
    }
    exchange.sendResponseHeaders(status, body.length)
    exchange.responseBody.withCloseable { it.write(body) }
}
server.start()
// verify.groovy stops it
System.properties.put('jsoncontract.it.verify-record.server', server)

def pom = new File(basedir, 'pom.xml')
pom.setText(pom.getText('UTF-8').replace('LIVE_BASE_URL', "http://127.0.0.1:${server.address.port}/v1"), 'UTF-8')
