// Writes two recordings of exactly 48 MB (50331648 bytes): the same calls as a JSON array (page-1.json) and
// wrapped in an object (export.json), padded with trailing whitespace to the exact size.
long size = 48L * 1024 * 1024
def folder = new File(basedir, 'src/test/resources/recordings')
folder.mkdirs()
def write = { String name, String open, String close ->
    def file = new File(folder, name)
    file.withOutputStream { raw ->
        def out = new BufferedOutputStream(raw, 1 << 16)
        long written = 0
        def put = { String text ->
            byte[] bytes = text.getBytes('UTF-8')
            out.write(bytes)
            written += bytes.length
        }
        put(open)
        int id = 1
        while (true) {
            String call = '{"id": ' + id + ', "assistant_id": 2, "call_status": "ended", "call_type": "webCall", "messages": []}'
            if (written + call.length() + 2 + close.length() + 1 > size) {
                break
            }
            put((id == 1 ? '' : ',\n') + call)
            id++
        }
        put(close)
        out.write(((' ' * (size - written - 1)) + '\n').getBytes('UTF-8'))
        out.flush()
    }
    assert file.length() == size
}
write('page-1.json', '[', ']')
write('export.json', '{"calls": [', ']}')
return true
