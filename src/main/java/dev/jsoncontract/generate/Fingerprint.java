package dev.jsoncontract.generate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedSet;
import dev.jsoncontract.contract.SchemaMapping;

/**
 * A SHA-256 over everything a run depends on: the plugin version (and, for a snapshot, the plugin
 * jar's size and time), the package name, the schema
 * location and the contents of every schema document read. Equal fingerprints mean equal output.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    /**
     * @param request the configuration
     * @param inputs the schema documents, sorted
     * @return the fingerprint, or {@code null} when a document cannot be read (it changed or went away)
     */
    static String of(GenerateRequest request, SortedSet<URI> inputs) {
        MessageDigest digest = sha256();
        for (String part : List.of(request.pluginVersion(), build(request.pluginVersion()), request.packageName(),
                request.schema() == null ? "bundled" : request.schema().toAbsolutePath().normalize().toString(),
                "includes " + request.source().includes(), "excludes " + request.source().excludes(),
                "strictTypes " + request.strictTypes(), "jackson " + request.jackson().option())) {
            update(digest, part);
        }
        for (SchemaMapping mapping : request.source().mappings()) {
            update(digest, "mapping " + mapping.prefix() + " " + mapping.directory().toAbsolutePath().normalize());
        }
        byte[] buffer = new byte[8192];
        for (URI input : inputs) {
            update(digest, input.toString());
            MessageDigest content = sha256();
            try (InputStream in = input.toURL().openStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    content.update(buffer, 0, n);
                }
            } catch (IOException | IllegalArgumentException e) {
                return null;
            }
            digest.update(content.digest());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * A snapshot version names many builds: tell them apart by the plugin jar's size and time, so
     * that a rebuilt plugin regenerates.
     */
    private static String build(String version) {
        if (!version.endsWith("-SNAPSHOT")) {
            return "";
        }
        try {
            Path jar = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(jar) ? Files.size(jar) + "@" + Files.getLastModifiedTime(jar).toMillis() : "";
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "";
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
