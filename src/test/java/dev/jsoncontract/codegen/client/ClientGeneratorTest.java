package dev.jsoncontract.codegen.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.jsoncontract.codegen.InMemoryCompiler;
import dev.jsoncontract.codegen.TypeMapper;
import dev.jsoncontract.contract.Api;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.ContractLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ClientGenerator")
class ClientGeneratorTest {

    private static final TypeMapper TYPES = (schema, required) ->
            ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get("p", "Thing"));

    @TempDir
    Path dir;

    private Api api(String operation) throws Exception {
        Path schema = dir.resolve("api.schema.json");
        Files.writeString(schema, "{\"type\": \"object\", \"x-jsoncontract\": {\"client\": \"Things\","
                + " \"operations\": {" + operation + "}}}");
        return ContractLoader.load(schema).apis().get(0);
    }

    private static String op(String name, String query) {
        return "\"" + name + "\": {\"method\": \"GET\", \"path\": \"/things\","
                + (query == null ? "" : " \"query\": " + query + ",")
                + " \"response\": {\"schema\": {\"type\": \"array\", \"items\": {\"$ref\": \"#\"}}}}";
    }

    private static Map<String, String> sources(List<JavaFile> files) {
        Map<String, String> sources = new TreeMap<>();
        files.forEach(file -> sources.put(file.typeSpec().name(), file.toString()));
        return sources;
    }

    @Test
    @DisplayName("writes the client, the exception and one query type per operation with parameters")
    void files() throws Exception {
        Api api = api(op("listThings", "{\"type\": \"object\", \"properties\": {\"limit\": {\"type\": \"integer\"}}}")
                + ", " + op("countThings", null));

        Map<String, String> sources = sources(ClientGenerator.generate(api, "p", TYPES));

        assertThat(sources).containsOnlyKeys("ApiException", "ListThingsQuery", "ThingsClient");
        assertThat(sources.get("ThingsClient"))
                .contains("public List<Thing> listThings(ListThingsQuery query) {")
                .contains("public List<Thing> listThings() {")
                .contains("public CompletableFuture<List<Thing>> listThingsAsync(ListThingsQuery query) {")
                .contains("public List<Thing> countThings() {")
                .contains("public CompletableFuture<List<Thing>> countThingsAsync() {")
                .doesNotContain("countThings(CountThingsQuery")
                .doesNotContain("Authorization")
                .doesNotContain("DEFAULT_BASE_URL");
    }

    @Test
    @DisplayName("gives wire names that are keywords, start with a digit or hold dashes valid Java names")
    void javaNames() throws Exception {
        Api api = api(op("listThings", "{\"type\": \"object\", \"properties\": {\"class\": {\"type\": \"string\"},"
                + " \"2fa\": {\"type\": \"boolean\"}, \"in-stock\": {\"type\": \"boolean\"},"
                + " \"hashCode\": {\"type\": \"string\"}, \"builder\": {\"type\": \"string\"}}}"));

        String query = sources(ClientGenerator.generate(api, "p", TYPES)).get("ListThingsQuery");

        assertThat(query).contains("public record ListThingsQuery(String class_, Boolean _2fa, Boolean inStock,"
                + " String hashCode_,\n        String builder_)");
        assertThat(sources(ClientGenerator.generate(api, "p", TYPES)).get("ThingsClient"))
                .contains("addParameter(parameters, \"class\", query.class_());")
                .contains("addParameter(parameters, \"2fa\", query._2fa());")
                .contains("addParameter(parameters, \"in-stock\", query.inStock());");
    }

    @Test
    @DisplayName("names the checks and patterns of keyword and digit parameters so that they compile")
    void checkNames() throws Exception {
        Api api = api(op("listThings", "{\"type\": \"object\", \"properties\": {"
                + "\"2fa\": {\"type\": \"string\", \"pattern\": \"^[0-9]+$\", \"maxLength\": 6},"
                + " \"class\": {\"type\": \"string\", \"minLength\": 1}, \"limit\": {\"type\": \"integer\", \"minimum\": 1}}}"));

        List<JavaFile> files = new ArrayList<>(ClientGenerator.generate(api, "p", TYPES));
        String query = sources(files).get("ListThingsQuery");
        files.add(JavaFile.builder("p", TypeSpec.recordBuilder("Thing").addModifiers(Modifier.PUBLIC).build()).build());

        assertThat(InMemoryCompiler.compile(files).loadClass("p.ListThingsQuery")).isNotNull();
        assertThat(query).contains("private static final Pattern _2FA_PATTERN = Pattern.compile(\"^[0-9]+$\");")
                .contains("private static void check_2fa(String _2fa) {")
                .contains("private static void checkClass_(String class_) {")
                .contains("private static void checkLimit(Long limit) {")
                .contains("check_2fa(_2fa);\n            this._2fa = _2fa;");
    }

    @Test
    @DisplayName("has no no-argument method when a query parameter is required")
    void requiredParameter() throws Exception {
        Api api = api(op("listThings", "{\"type\": \"object\", \"required\": [\"owner\"],"
                + " \"properties\": {\"owner\": {\"type\": \"string\"}}}"));

        Map<String, String> sources = sources(ClientGenerator.generate(api, "p", TYPES));

        assertThat(sources.get("ThingsClient")).doesNotContain("listThings()").doesNotContain("listThingsAsync()");
        assertThat(sources.get("ListThingsQuery")).contains("Objects.requireNonNull(owner, \"owner is required\");");
    }

    @Test
    @DisplayName("names its types around the model's: client name first, then a number")
    void takenNames() throws Exception {
        Api api = api(op("listThings", "{\"type\": \"object\", \"properties\": {}}"));

        List<JavaFile> files = ClientGenerator.generate(api, "p", TYPES,
                Set.of("ApiException", "ThingsApiException", "listthingsquery"));

        assertThat(files).extracting(file -> file.typeSpec().name())
                .containsExactly("ThingsApiException3", "ThingsClient", "ThingsListThingsQuery");
    }

    @Test
    @DisplayName("gives the same code every time")
    void deterministic() throws Exception {
        Api api = api(op("listThings", "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\","
                + " \"pattern\": \"^x\"}, \"b\": {\"type\": \"number\", \"maximum\": 2.5}}}"));

        assertThat(sources(ClientGenerator.generate(api, "p", TYPES)))
                .isEqualTo(sources(ClientGenerator.generate(api(op("listThings", "{\"type\": \"object\","
                        + " \"properties\": {\"a\": {\"type\": \"string\", \"pattern\": \"^x\"}, \"b\": {\"type\":"
                        + " \"number\", \"maximum\": 2.5}}}")), "p", TYPES)));
    }

    @Test
    @DisplayName("refuses a query parameter that cannot be sent, naming its place")
    void objectParameter() throws Exception {
        Api api = api(op("listThings", "{\"type\": \"object\", \"properties\": {\"filter\": {\"type\": \"object\"}}}"));

        assertThatThrownBy(() -> ClientGenerator.generate(api, "p", TYPES)).isInstanceOf(ContractException.class)
                .hasMessage("api.schema.json#/x-jsoncontract/operations/listThings/query/properties/filter: a query"
                        + " parameter of type \"object\" cannot be sent; use a string, integer, number or boolean"
                        + " (optionally with enum or format), or an array of them.");
    }

    @Test
    @DisplayName("refuses an array of arrays as a query parameter")
    void nestedArrayParameter() throws Exception {
        Api api = api(op("listThings", "{\"type\": \"object\", \"properties\": {\"grid\": {\"type\": \"array\","
                + " \"items\": {\"type\": \"array\", \"items\": {\"type\": \"integer\"}}}}}"));

        assertThatThrownBy(() -> ClientGenerator.generate(api, "p", TYPES))
                .hasMessage("api.schema.json#/x-jsoncontract/operations/listThings/query/properties/grid/items: an"
                        + " array of arrays cannot be sent as query parameters; use an array of strings, integers,"
                        + " numbers or booleans.");
    }

    @Test
    @DisplayName("refuses a query parameter without a type")
    void untypedParameter() throws Exception {
        Api api = api(op("listThings", "{\"type\": \"object\", \"properties\": {\"q\": {}}}"));

        assertThatThrownBy(() -> ClientGenerator.generate(api, "p", TYPES))
                .hasMessage("api.schema.json#/x-jsoncontract/operations/listThings/query/properties/q: has no"
                        + " \"type\"; give the query parameter a type such as \"string\" or \"integer\".");
    }

    @Test
    @DisplayName("refuses a pattern that is not a regular expression")
    void badPattern() throws Exception {
        Api api = api(op("listThings", "{\"type\": \"object\", \"properties\": {\"q\": {\"type\": \"string\","
                + " \"pattern\": \"[a-\"}}}"));

        assertThatThrownBy(() -> ClientGenerator.generate(api, "p", TYPES))
                .hasMessageStartingWith("api.schema.json#/x-jsoncontract/operations/listThings/query/properties/q/"
                        + "pattern: is not a valid regular expression: ");
    }

    @Test
    @DisplayName("refuses an operation named like a method of the client")
    void reservedOperation() throws Exception {
        Api api = api(op("builder", null));

        assertThatThrownBy(() -> ClientGenerator.generate(api, "p", TYPES))
                .hasMessage("api.schema.json#/x-jsoncontract/operations/builder: the operation name \"builder\""
                        + " clashes with a method of the generated client; choose another name, e.g. \"listBuilder\".");
    }

    @Test
    @DisplayName("refuses path parameters, which it cannot fill in yet")
    void pathParameters() throws Exception {
        Api api = api("\"getThing\": {\"method\": \"GET\", \"path\": \"/things/{id}\","
                + " \"response\": {\"schema\": {\"$ref\": \"#\"}}}");

        assertThatThrownBy(() -> ClientGenerator.generate(api, "p", TYPES))
                .hasMessage("api.schema.json#/x-jsoncontract/operations/getThing/path: path parameters such as {id}"
                        + " are not supported yet; describe an operation whose path is fixed.");
    }

    @Test
    @DisplayName("refuses a path that is not a valid URL path")
    void badPath() throws Exception {
        Api api = api("\"listThings\": {\"method\": \"GET\", \"path\": \"/call log\","
                + " \"response\": {\"schema\": {\"$ref\": \"#\"}}}");

        assertThatThrownBy(() -> ClientGenerator.generate(api, "p", TYPES))
                .hasMessageStartingWith("api.schema.json#/x-jsoncontract/operations/listThings/path: is not a valid"
                        + " URL path: ")
                .hasMessageEndingWith(". Percent-encode characters such as spaces, e.g. \"/call%20log\".");
    }

    @Test
    @DisplayName("cleans descriptions for Javadoc")
    void javadoc() {
        assertThat(Names.javadoc(" Returns <b>a & b</b> */ for @user ")).isEqualTo(
                "Returns &lt;b&gt;a &amp; b&lt;/b&gt; *&#47; for {@literal @}user.");
        assertThat(Names.javadoc("Done.")).isEqualTo("Done.");
        assertThat(Names.javadoc(null)).isEmpty();
    }
}
