package dev.jsoncontract.verify.live;

import dev.jsoncontract.verify.ResponseBody;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;

/**
 * A live response body held in memory.
 *
 * @param source the URL it was fetched from, with its query and without credentials
 * @param bytes the body exactly as received
 */
record LiveBody(String source, byte[] bytes) implements ResponseBody {

    LiveBody {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes");
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
        return "LiveBody[" + source + ", " + bytes.length + " bytes]";
    }
}
