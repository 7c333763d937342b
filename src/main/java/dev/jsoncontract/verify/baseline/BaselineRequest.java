package dev.jsoncontract.verify.baseline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which baseline a run uses.
 *
 * @param file the baseline file; need not exist (then nothing is accepted, and the update creates it)
 * @param displayName how messages and reports name the file (relative to the project, never absolute)
 * @param update whether the run writes its findings into the file (and passes)
 * @param today the date expiry is judged by (UTC)
 */
public record BaselineRequest(Path file, String displayName, boolean update, LocalDate today) {

    public BaselineRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(today, "today");
    }
}
