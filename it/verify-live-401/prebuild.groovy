// A stand-in of the List Calls API on a loopback port: it answers 401 to the expired token of
// settings-clarion.xml (echoing the Authorization header it got, as careless servers do), so a 401
// proves the password was decrypted to exactly that token, and 400 to anything else.
import com.sun.net.httpserver.HttpServer

def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/v1/call') { exchange ->
    String auth = exchange.requestHeaders.getFirst('Authorization')
    // built here so that no file of this IT holds the token literally
    boolean expired = auth == 'Bearer ' + 'it-token-' + 'expired-8e1f6a'
    byte[] body = (expired ? '{"error": "token expired", "got": "' + auth + '"}' : '{"error": "unknown token"}')
            .getBytes('UTF-8')
    exchange.responseHeaders.add('Content-Type', 'application/json')
    exchange.sendResponseHeaders(expired ? 401 : 400, body.length)
    exchange.responseBody.withCloseable { it.write(body) }
}
server.start()
// verify.groovy stops it
System.properties.put('jsoncontract.it.verify-live-401.server', server)

def pom = new File(basedir, 'pom.xml')
pom.setText(pom.getText('UTF-8').replace('LIVE_BASE_URL', "http://127.0.0.1:${server.address.port}/v1"), 'UTF-8')
