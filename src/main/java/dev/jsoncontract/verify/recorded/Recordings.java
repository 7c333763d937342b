package dev.jsoncontract.verify.recorded;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Lists the recorded files under a folder: {@code *.json} and {@code *.har}, sorted by relative path.
 *
 * <p>Only regular files are recordings. A symbolic link counts when it leads to a regular file
 * inside the folder; one that leads outside it (a recording must not be a way to print another
 * file's content into the log and the reports), a named pipe (reading it could block the build
 * forever), a device or a socket is skipped with a warning naming it, and its content is never
 * read. Links to folders are not followed.
 */
public final class Recordings {

    private Recordings() {
    }

    /** One recorded file and the name findings give it (its path relative to the folder, with {@code /}). */
    public record Recording(String source, Path file) {

        /** Whether the file is a HAR export rather than one response body. */
        public boolean har() {
            return source.toLowerCase(Locale.ROOT).endsWith(".har");
        }
    }

    /**
     * What a folder holds.
     *
     * @param recordings the recordings, sorted by relative path
     * @param skipped one warning per file that looks like a recording but is not read, sorted
     */
    public record Listing(List<Recording> recordings, List<String> skipped) {

        public Listing {
            recordings = List.copyOf(recordings);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * The recordings under {@code folder}, sorted by relative path; empty when the folder does not exist.
     *
     * @throws IOException when the folder cannot be listed
     */
    public static List<Recording> list(Path folder) throws IOException {
        return scan(folder).recordings();
    }

    /**
     * The recordings under {@code folder} and the files skipped; empty when the folder does not exist.
     *
     * @throws IOException when the folder cannot be listed
     */
    public static Listing scan(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return new Listing(List.of(), List.of());
        }
        Path root = folder.toAbsolutePath().normalize();
        Path realRoot = root.toRealPath();
        List<Recording> recordings = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!name.endsWith(".json") && !name.endsWith(".har")) {
                    return FileVisitResult.CONTINUE;
                }
                String source = root.relativize(file).toString().replace('\\', '/');
                String problem = problem(file, attributes, root, realRoot);
                if (problem == null) {
                    recordings.add(new Recording(source, file));
                } else if (!problem.isEmpty()) {
                    skipped.add(source + " " + problem);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // an unreadable entry is still a recording: reading it gives the finding that says why
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".json") || name.endsWith(".har")) {
                    recordings.add(new Recording(root.relativize(file).toString().replace('\\', '/'), file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        recordings.sort(Comparator.comparing(Recording::source));
        skipped.sort(Comparator.naturalOrder());
        return new Listing(recordings, skipped);
    }

    /** Why a file is not read ({@code ""}: silently, a folder), or {@code null} when it is a recording. */
    private static String problem(Path file, BasicFileAttributes attributes, Path root, Path realRoot) {
        if (attributes.isRegularFile()) {
            return null;
        }
        if (attributes.isDirectory()) {
            return "";
        }
        if (!attributes.isSymbolicLink()) {
            return "is skipped: it is not a regular file (a named pipe, device or socket), so it is not read;"
                    + " recordings must be plain files";
        }
        Path target;
        try {
            target = file.getParent().resolve(Files.readSymbolicLink(file)).normalize();
        } catch (IOException | UnsupportedOperationException e) {
            return "is skipped: it is a symbolic link that cannot be read";
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            // a dangling link inside the folder: reading it gives the finding that says why
            return target.startsWith(root) ? null : outside();
        }
        if (!real.startsWith(realRoot)) {
            return outside();
        }
        if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            return "is skipped: it is a symbolic link to a folder, and links to folders are not followed";
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            return "is skipped: it links to something that is not a regular file (a named pipe, device or socket),"
                    + " so it is not read; recordings must be plain files";
        }
        return null;
    }

    private static String outside() {
        return "is skipped: it is a symbolic link to a file outside the recordings folder, which is not read;"
                + " copy the file into the folder if it is a recording";
    }
}
