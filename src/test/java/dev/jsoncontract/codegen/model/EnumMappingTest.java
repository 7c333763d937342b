package dev.jsoncontract.codegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jsoncontract.codegen.InMemoryCompiler;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("string enum → Java enum")
class EnumMappingTest {

    @TempDir
    Path dir;

    private static final String ODD_VALUES = """
            {'title': 'Odd', 'type': 'string',
             'enum': ['in-progress', 'opt-out', 'inProgress', '2fa', '', '+', '-', 'HTTPError', 'a b', '_unknown']}
            """;

    @Nested
    @DisplayName("constants")
    class Constants {

        @Test
        @DisplayName("constants are UPPER_SNAKE of the wire value, which is kept exactly, then the _UNKNOWN constant")
        void constants() {
            String source = Schemas.generate(Schemas.load(dir, """
                    {'title': 'Status', 'description': 'The status.', 'enum': ['queued', 'in-progress', 'opt-out']}
                    """)).get("Status");

            assertThat(source).contains("""
                    /**
                     * The status.
                     */
                    @Generated("dev.jsoncontract")
                    public enum Status {
                        /**
                         * {@code queued} on the wire.
                         */
                        QUEUED("queued"),

                        /**
                         * {@code in-progress} on the wire.
                         */
                        IN_PROGRESS("in-progress"),

                        /**
                         * {@code opt-out} on the wire.
                         */
                        OPT_OUT("opt-out"),

                        /**
                         * A value this version of the contract does not list. It is written back as
                         * {@code null}. No wire value maps to a name that starts with an underscore, so this
                         * constant never stands for one.
                         */
                        _UNKNOWN(null);
                    """).contains("""
                        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
                        public static Status fromValue(String value) {
                            for (Status constant : values()) {
                                if (constant != _UNKNOWN && constant.value.equals(value)) {
                                    return constant;
                                }
                            }
                            return _UNKNOWN;
                        }
                    """).contains("""
                        @JsonValue
                        public String value() {
                            return value;
                        }
                    """);
        }

        @Test
        @DisplayName("digits-first, empty, symbol-only and colliding values get documented, distinct names")
        void oddValues() {
            String source = Schemas.generate(Schemas.load(dir, ODD_VALUES)).get("Odd");

            assertThat(source).contains("IN_PROGRESS(\"in-progress\")", "OPT_OUT(\"opt-out\")",
                    "IN_PROGRESS_2(\"inProgress\")", "V_2FA(\"2fa\")", "EMPTY(\"\")", "VALUE(\"+\")",
                    "VALUE_2(\"-\")", "HTTP_ERROR(\"HTTPError\")", "A_B(\"a b\")", "UNKNOWN(\"_unknown\")",
                    "_UNKNOWN(null)");
        }

        @Test
        @DisplayName("null in the enum is no constant: it makes the value nullable")
        void nullInEnum() {
            Map<String, String> sources = Schemas.generate(Schemas.load(dir, """
                    {'title': 'Holder', 'type': 'object', 'required': ['reason'], 'properties': {
                      'reason': {'type': ['string', 'null'], 'enum': ['a', 'b', null]}}}
                    """));

            assertThat(sources.get("Reason")).contains("A(\"a\"),").doesNotContain("NULL");
            assertThat(sources.get("Holder")).contains("public record Holder(Reason reason) {")
                    .doesNotContain("requireNonNull");
        }

        @Test
        @DisplayName("a one-value string enum is a constant string, like const")
        void singleValue() {
            String source = Schemas.generate(Schemas.load(dir, """
                    {'title': 'Holder', 'type': 'object', 'properties': {'kind': {'enum': ['only']}}}
                    """)).get("Holder");

            assertThat(source).contains("public record Holder(String kind) {");
        }
    }

    @Nested
    @DisplayName("with Jackson")
    class WithJackson {

        @Test
        @DisplayName("a plain ObjectMapper reads unknown values as _UNKNOWN and writes known ones exactly")
        void jackson() throws Exception {
            ClassLoader loader = InMemoryCompiler.compile(Schemas.mapped(Schemas.load(dir, ODD_VALUES)).files());
            Class<?> odd = loader.loadClass(Schemas.PACKAGE + ".Odd");
            ObjectMapper mapper = new ObjectMapper();
            Method value = odd.getMethod("value");

            Object unknown = mapper.readValue("\"never-heard-of-it\"", odd);
            Object known = mapper.readValue("\"2fa\"", odd);
            Object underscore = mapper.readValue("\"_unknown\"", odd);

            assertThat(unknown).hasToString("_UNKNOWN");
            assertThat(value.invoke(unknown)).isNull();
            assertThat(known).hasToString("V_2FA");
            assertThat(underscore).hasToString("UNKNOWN");
            assertThat(mapper.writeValueAsString(known)).isEqualTo("\"2fa\"");
            assertThat(mapper.writeValueAsString(mapper.readValue("\"\"", odd))).isEqualTo("\"\"");
            assertThat(mapper.readValue("null", odd)).isNull();
        }
    }
}
