// A stand-in of the List Calls API on a loopback port whose JSON array never ends (chunked, as fast
// as the client reads), for at most 60 s.
import com.sun.net.httpserver.HttpServer

def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/v1/call') { exchange ->
    exchange.responseHeaders.add('Content-Type', 'application/json')
    exchange.sendResponseHeaders(200, 0)
    byte[] chunk = ('1,' * 32768).getBytes('US-ASCII')
    long until = System.currentTimeMillis() + 60_000
    try {
        exchange.responseBody.write('['.getBytes('US-ASCII'))
        while (System.currentTimeMillis() < until) {
            exchange.responseBody.write(chunk)
        }
    } catch (IOException e) {
        // the client stopped reading: the end this IT expects
    } finally {
        exchange.close()
    }
}
server.start()
// verify.groovy stops it
System.properties.put('jsoncontract.it.verify-live-endless.server', server)

def pom = new File(basedir, 'pom.xml')
pom.setText(pom.getText('UTF-8').replace('LIVE_BASE_URL', "http://127.0.0.1:${server.address.port}/v1"), 'UTF-8')
