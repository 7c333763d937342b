package dev.jsoncontract.verify.recorded;

import dev.jsoncontract.verify.ResponseBody;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** A recorded body: one {@code *.json} file, read when opened. */
public record FileBody(String source, Path file) implements ResponseBody {

    public FileBody {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(file, "file");
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    @Override
    public long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
