package dev.jsoncontract.verify;

import java.io.IOException;
import java.io.InputStream;

/**
 * One response body to hold to the contract: a recorded file, an entry of a HAR file, or a live
 * response. Opened lazily and read as a stream, so that a corpus larger than the heap can be
 * checked one body at a time.
 */
public interface ResponseBody {

    /**
     * How findings name this body: a path relative to the recordings folder ({@code page-3.json}),
     * a HAR entry ({@code export.har#/log/entries/4}) or a URL without credentials.
     */
    String source();

    /** The body's bytes. Each call opens a new stream. */
    InputStream open() throws IOException;

    /** The size in bytes, or {@code -1} when unknown. */
    long size();
}
