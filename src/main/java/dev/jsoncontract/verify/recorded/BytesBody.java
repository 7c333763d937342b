package dev.jsoncontract.verify.recorded;

import dev.jsoncontract.verify.ResponseBody;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;

/** A body held in memory, such as the decoded text of a HAR entry. */
public final class BytesBody implements ResponseBody {

    private final String source;
    private final byte[] bytes;

    public BytesBody(String source, byte[] bytes) {
        this.source = Objects.requireNonNull(source, "source");
        this.bytes = bytes.clone();
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public InputStream open() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return "BytesBody[" + source + ", " + bytes.length + " bytes]";
    }
}
