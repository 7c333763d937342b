package dev.jsoncontract.verify.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes the reports of an earlier {@code verify}, so that a build that fails before its own
 * {@code verify} (for instance in the generated contract tests) leaves no report saying that the
 * responses conform. Only the files {@code verify} writes are removed ({@code TEST-jsoncontract*.xml}
 * and {@code jsoncontract-*}), never anything else in the folder.
 */
public final class StaleReports {

    private StaleReports() {
    }

    /**
     * @param directory the reports folder; nothing happens when it does not exist
     * @return the files removed, sorted by name
     */
    public static List<Path> remove(Path directory) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return removed;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory,
                entry -> isReport(entry.getFileName().toString()) && Files.isRegularFile(entry))) {
            for (Path entry : entries) {
                removed.add(entry);
            }
        }
        removed.sort(null);
        for (Path file : removed) {
            Files.deleteIfExists(file);
        }
        return removed;
    }

    private static boolean isReport(String name) {
        return name.startsWith("jsoncontract-") || name.startsWith("TEST-jsoncontract") && name.endsWith(".xml");
    }
}
