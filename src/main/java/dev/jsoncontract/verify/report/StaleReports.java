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
 * responses conform. Only the files {@code verify} writes are removed ({@code TEST-jsoncontract*.xml},
 * {@code jsoncontract-*} and its own {@code index.html}), never anything else in the folder.
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
                entry -> Files.isRegularFile(entry) && isReport(entry))) {
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

    private static boolean isReport(Path entry) throws IOException {
        String name = entry.getFileName().toString();
        if (name.equals(HtmlReport.FILE_NAME)) {
            // a common name: only verify's own page goes, known by its generator line near the top
            try (java.io.InputStream in = Files.newInputStream(entry)) {
                return new String(in.readNBytes(512), java.nio.charset.StandardCharsets.UTF_8)
                        .contains(HtmlReport.GENERATOR);
            }
        }
        return name.startsWith("jsoncontract-") || name.startsWith("TEST-jsoncontract") && name.endsWith(".xml");
    }
}
