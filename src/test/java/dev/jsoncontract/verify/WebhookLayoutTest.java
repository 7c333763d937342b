package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsoncontract.verify.report.TextSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layout of the GitHub webhook schemas (octokit/webhooks): every file declares a {@code $id}
 * relative to the folder ({@code common/user.schema.json}) and refers to its siblings by name
 * ({@code "$ref": "user.schema.json"} inside {@code common/}). {@code verify} resolves them as
 * {@code generate} does; before the one resolver it resolved the relative {@code $id} against the
 * file's own location and looked for {@code common/common/user.schema.json}.
 */
class WebhookLayoutTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("relative $ids and sibling refs resolve in verify as in generate")
    void relativeIdsAndSiblingRefs() throws Exception {
        Path schemas = Files.createDirectories(dir.resolve("schemas/common"));
        Files.writeString(dir.resolve("schemas/push.schema.json"), "{\"$schema\": \"http://json-schema.org/draft-07/schema#\","
                + " \"$id\": \"push.schema.json\", \"title\": \"push event\", \"type\": \"object\","
                + " \"required\": [\"repository\"], \"properties\": {\"repository\": {\"$ref\": \"common/repository.schema.json\"}}}");
        Files.writeString(schemas.resolve("repository.schema.json"), "{\"$schema\": \"http://json-schema.org/draft-07/schema#\","
                + " \"$id\": \"common/repository.schema.json\", \"title\": \"repository\", \"type\": \"object\","
                + " \"required\": [\"owner\"], \"properties\": {\"owner\": {\"$ref\": \"user.schema.json\"}}}");
        Files.writeString(schemas.resolve("user.schema.json"), "{\"$schema\": \"http://json-schema.org/draft-07/schema#\","
                + " \"$id\": \"common/user.schema.json\", \"title\": \"user\", \"type\": \"object\","
                + " \"required\": [\"login\"], \"properties\": {\"login\": {\"type\": \"string\"}}}");
        Path payloads = Files.createDirectories(dir.resolve("payloads"));
        Files.writeString(payloads.resolve("push-1.json"), "{\"repository\": {\"owner\": {\"login\": \"octocat\"}}}");
        Files.writeString(payloads.resolve("push-2.json"), "{\"repository\": {\"owner\": {\"login\": 7}}}");
        List<String> log = new ArrayList<>();
        VerifyResult result = new Verifier(log::add, LiveSource.NONE).verify(new VerifyRequest(dir.resolve("schemas"),
                null, payloads, false, null, null, null, 1, null, null, null));
        assertThat(TextSummary.lines(result)).containsExactly(
                "push.schema.json#: 1 contract violation in 1 of 2 response bodies",
                "repository.owner.login: expected string, found integer 7 in 1 of 2 users, first at push-2.json#/repository/owner/login");
    }
}
