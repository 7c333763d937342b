package dev.jsoncontract.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code x-jsoncontract} is held to what jsoncontract reads: nothing in it is silently ignored. */
class EndpointDescriptionTest {

    private static final String LIST = "\"method\": \"GET\", \"path\": \"/thing\", \"response\": {\"schema\": {\"type\": \"array\"}}";

    @TempDir
    Path dir;

    private Path contract(String api) throws Exception {
        Path file = dir.resolve("thing.json");
        Files.writeString(file, "{\"type\": \"object\", \"x-jsoncontract\": " + api + "}");
        return file;
    }

    @Test
    @DisplayName("a misspelt operation key is refused with its pointer, the likely key and the supported ones")
    void typoInOperation() throws Exception {
        Path file = contract("{\"client\": \"Things\", \"operations\": {\"listThings\": {" + LIST
                + ", \"qurey\": {\"type\": \"object\"}}}}");

        assertThatThrownBy(() -> ContractLoader.load(file))
                .isInstanceOf(ContractException.class)
                .hasMessage("thing.json#/x-jsoncontract/operations/listThings/qurey: \"qurey\" is not a key jsoncontract"
                        + " knows (did you mean \"query\"?); it would be ignored. The keys of an operation are:"
                        + " description, method, path, query, redact, response.");
    }

    @Test
    @DisplayName("every unknown key of the API, its auth and its responses is listed at once, one line each")
    void everyUnknownKeyAtOnce() throws Exception {
        Path file = contract("{\"client\": \"Things\", \"baseURL\": \"https://x.example\","
                + " \"auth\": {\"scheme\": \"bearer\", \"token\": \"abc\"},"
                + " \"operations\": {\"listThings\": {\"method\": \"GET\", \"path\": \"/thing\","
                + " \"response\": {\"schema\": {}, \"status\": 200}}}}");

        assertThatThrownBy(() -> ContractLoader.load(file))
                .isInstanceOf(ContractException.class)
                .hasMessage("thing.json#/x-jsoncontract/baseURL: \"baseURL\" is not a key jsoncontract knows (did you"
                        + " mean \"baseUrl\"?); it would be ignored. The keys of x-jsoncontract are: auth, baseUrl,"
                        + " client, description, operations.\n"
                        + "  thing.json#/x-jsoncontract/auth/token: \"token\" is not a key jsoncontract knows; it would"
                        + " be ignored. The keys of auth are: scheme, tokenEnvironmentVariable.\n"
                        + "  thing.json#/x-jsoncontract/operations/listThings/response/status: \"status\" is not a key"
                        + " jsoncontract knows; it would be ignored. The keys of a response are: description,"
                        + " mediaType, schema.");
    }

    @Test
    @DisplayName("a request body is refused as unsupported, not ignored")
    void requestBody() throws Exception {
        Path file = contract("{\"client\": \"Things\", \"operations\": {\"listThings\": {" + LIST
                + ", \"request\": {\"schema\": {}}}}}");

        assertThatThrownBy(() -> ContractLoader.load(file))
                .hasMessage("thing.json#/x-jsoncontract/operations/listThings/request: \"request\": request bodies"
                        + " are not supported: operations are GET requests without a body, and verify checks response"
                        + " bodies only. The keys of an operation are: description, method, path, query, redact,"
                        + " response.");
    }

    @Test
    @DisplayName("headers are refused as unsupported")
    void headers() throws Exception {
        Path file = contract("{\"client\": \"Things\", \"operations\": {\"listThings\": {" + LIST
                + ", \"headers\": {\"X-Tenant\": \"a\"}}}}");

        assertThatThrownBy(() -> ContractLoader.load(file))
                .hasMessageStartingWith("thing.json#/x-jsoncontract/operations/listThings/headers: \"headers\":"
                        + " headers are not supported: the client sends only Accept: application/json");
    }

    @Test
    @DisplayName("a method other than GET is refused, saying that GET is the one supported")
    void postIsRefused() throws Exception {
        Path file = contract("{\"client\": \"Things\", \"operations\": {\"createThing\": {\"method\": \"post\","
                + " \"path\": \"/thing\", \"response\": {\"schema\": {}}}}}");

        assertThatThrownBy(() -> ContractLoader.load(file))
                .hasMessage("thing.json#/x-jsoncontract/operations/createThing/method: \"post\" is not supported: only"
                        + " \"GET\" operations are (the generated client sends no request body, and verify calls the"
                        + " endpoint with GET). Use \"GET\", or leave this operation out of x-jsoncontract.");
    }

    @Test
    @DisplayName("a value of the wrong type names what it is and what it must be")
    void wrongTypes() throws Exception {
        assertThatThrownBy(() -> ContractLoader.load(contract("{\"client\": \"Things\", \"operations\": {\"listThings\": {"
                + LIST + ", \"query\": \"limit\"}}}")))
                .hasMessage("thing.json#/x-jsoncontract/operations/listThings/query: is a string but must be a JSON"
                        + " object: the JSON Schema of the query parameters, {\"type\": \"object\", \"properties\": {...}}.");
        assertThatThrownBy(() -> ContractLoader.load(contract("{\"client\": 7, \"operations\": {}}")))
                .hasMessage("thing.json#/x-jsoncontract/client: is a number but must be a non-empty string.");
        assertThatThrownBy(() -> ContractLoader.load(contract("{\"client\": \"Things\", \"operations\": {\"listThings\": {"
                + LIST + ", \"redact\": \"/*/name\"}}}")))
                .hasMessage("thing.json#/x-jsoncontract/operations/listThings/redact: is a string but must be an array"
                        + " of JSON Pointers such as [\"/*/transcript\"].");
        assertThatThrownBy(() -> ContractLoader.load(contract("{\"client\": \"Things\", \"operations\": []}")))
                .hasMessage("thing.json#/x-jsoncontract/operations: is an array but must be a JSON object: operation"
                        + " names mapped to operations, {\"listThings\": {...}}.");
    }

    @Test
    @DisplayName("every key the README documents is accepted, and descriptions may stand anywhere")
    void documentedKeysAreAccepted() throws Exception {
        Contract contract = ContractLoader.load(contract("{\"client\": \"Things\", \"description\": \"d\","
                + " \"baseUrl\": \"https://x.example\", \"auth\": {\"scheme\": \"bearer\", \"tokenEnvironmentVariable\": \"T\"},"
                + " \"operations\": {\"listThings\": {\"description\": \"d\", \"method\": \"get\", \"path\": \"/thing\","
                + " \"query\": {\"type\": \"object\"}, \"redact\": [\"/*/name\"],"
                + " \"response\": {\"description\": \"d\", \"mediaType\": \"application/json\", \"schema\": {}}}}}"));

        assertThat(contract.operations()).singleElement().satisfies(op -> assertThat(op.method()).isEqualTo("GET"));
    }

    @Test
    @DisplayName("a typo is at most two edits away; other words are not suggested")
    void closeTo() {
        assertThat(ContractLoader.closeTo("qurey", "query")).isTrue();
        assertThat(ContractLoader.closeTo("Response", "response")).isTrue();
        assertThat(ContractLoader.closeTo("status", "schema")).isFalse();
        assertThat(ContractLoader.closeTo("token", "tokenEnvironmentVariable")).isFalse();
    }
}
