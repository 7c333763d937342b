package dev.jsoncontract.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.JavaFile;
import dev.jsoncontract.contract.ContractLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The call code written for Jackson 3 ({@code tools.jackson}, on the test class path beside Jackson 2)
 * compiles as strictly as for Jackson 2; the model is the same either way. The generated contract tests
 * for Jackson 3, and running both against Jackson 3 alone, are {@code it/generate-jackson3}.
 */
@DisplayName("Jackson 3")
class Jackson3Test {

    private static List<JavaFile> generate(JacksonVersion jackson) throws Exception {
        return JavaGenerator.generate(ContractLoader.loadBundled(), "example.calls", jackson);
    }

    @Test
    @DisplayName("the client compiles under -Xlint:all -Xdoclint:all/package -Werror and names only tools.jackson")
    void compiles() throws Exception {
        List<JavaFile> files = generate(JacksonVersion.JACKSON_3);
        List<String> options = new ArrayList<>(InMemoryCompiler.STRICT);
        options.add("-Xdoclint:all/package");

        assertThatCode(() -> InMemoryCompiler.compile(files, options)).doesNotThrowAnyException();
        String client = files.stream().filter(f -> f.typeSpec().name().equals("CallsClient"))
                .map(GeneratedCode::source).findFirst().orElseThrow();
        assertThat(client).contains("import tools.jackson.databind.ObjectMapper;")
                .contains("import tools.jackson.core.type.TypeReference;")
                .contains(".disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)")
                .contains("} catch (RuntimeException e) {")
                .doesNotContain("com.fasterxml.jackson.databind")
                .doesNotContain("JavaTimeModule");
    }

    @Test
    @DisplayName("the model does not depend on the choice: every file but the client is the same")
    void sameModel() throws Exception {
        List<JavaFile> two = generate(JacksonVersion.JACKSON_2);
        List<JavaFile> three = generate(JacksonVersion.JACKSON_3);

        assertThat(three).hasSameSizeAs(two);
        for (int i = 0; i < two.size(); i++) {
            String name = two.get(i).typeSpec().name();
            if (!name.equals("CallsClient")) {
                assertThat(GeneratedCode.source(three.get(i))).as(name).isEqualTo(GeneratedCode.source(two.get(i)));
            }
        }
    }

    @Test
    @DisplayName("the jackson option is 2 or 3; anything else is refused with the values allowed")
    void option() {
        assertThat(JacksonVersion.parse(null)).isEqualTo(JacksonVersion.JACKSON_2);
        assertThat(JacksonVersion.parse(" 3 ")).isEqualTo(JacksonVersion.JACKSON_3);
        assertThatThrownBy(() -> JacksonVersion.parse("2.17")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("jackson must be 2 or 3, was \"2.17\"");
    }
}
