// A stand-in of the List Calls API on a loopback port that echoes the token it gets: the first
// call as a member name, an enum value and a wrong-type value; every later call at the start of a
// body that is not JSON.
import com.sun.net.httpserver.HttpServer
import java.util.concurrent.atomic.AtomicInteger

def calls = new AtomicInteger()
def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/v1/call') { exchange ->
    String token = (exchange.requestHeaders.getFirst('Authorization') ?: '').replaceFirst('^Bearer ', '')
    String text = calls.getAndIncrement() == 0
            ? '[{"id": "' + token + '", "assistant_id": 2, "call_status": "' + token + '", "call_type": "webCall",' +
              ' "messages": [], "' + token + '": 1}]'
            : token + ' is not a JSON body'
    byte[] body = text.getBytes('UTF-8')
    exchange.responseHeaders.add('Content-Type', 'application/json')
    exchange.sendResponseHeaders(200, body.length)
    exchange.responseBody.withCloseable { it.write(body) }
}
server.start()
// verify.groovy stops it
System.properties.put('jsoncontract.it.verify-live-leak.server', server)

def pom = new File(basedir, 'pom.xml')
pom.setText(pom.getText('UTF-8').replace('LIVE_BASE_URL', "http://127.0.0.1:${server.address.port}/v1"), 'UTF-8')
