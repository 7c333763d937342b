package dev.jsoncontract.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * The call contract as everit sees it: the naive baseline's validator.
 *
 * <p>The contract's response schema, {@code {"type":"array","items":{"$ref":"#"}}}, refers to the
 * call schema's root; it is built here as an everit array schema whose items are the loaded root,
 * which is what resolving that {@code $ref} against the call schema gives.
 */
public final class CallSchema {

    /** Where the plugin bundles the default contract; bench/pom.xml copies it to the same place. */
    public static final String RESOURCE = "/dev/jsoncontract/contract/default/call.schema.json";

    private CallSchema() {
    }

    /** The call schema's text, as bundled. */
    public static String text() {
        try (InputStream in = CallSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The call schema " + RESOURCE + " is not on the classpath: build bench/ with its pom.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema of one call, loaded by everit with draft-07 support (formats checked). */
    public static Schema call() {
        return SchemaLoader.builder()
                .draftV7Support()
                .schemaJson(new JSONObject(new JSONTokener(text())))
                .build()
                .load()
                .build();
    }

    /** The response schema of List Calls: an array of calls. */
    public static Schema response() {
        return ArraySchema.builder().allItemSchema(call()).build();
    }
}
