package dev.jsoncontract.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.lang.model.SourceVersion;

/** What every goal that writes sources shares: the package-name check and writing only changed files. */
public final class SourceFiles {

    private SourceFiles() {
    }

    /** Whether {@code name} is a valid Java package name (dot-separated identifiers, no keyword). */
    public static boolean isPackageName(String name) {
        return !name.isBlank() && Arrays.stream(name.split("\\.", -1))
                .allMatch(part -> SourceVersion.isIdentifier(part) && !SourceVersion.isKeyword(part));
    }

    /**
     * Writes {@code content} as UTF-8 unless the file already holds exactly those bytes, so that
     * unchanged files keep their timestamps.
     *
     * @return whether the file was written
     */
    public static boolean writeIfChanged(Path target, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return false;
        }
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
        return true;
    }
}
