package dev.jsoncontract.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("GeneratedCode: the text generated files are written as")
class GeneratedCodeTest {

    @Test
    @DisplayName("every character outside ASCII becomes a unicode escape, surrogate pairs as two")
    void ascii() {
        assertThat(GeneratedCode.ascii("\"gr\u00fc\u00df\" // \u00ab\u00bb \ud83d\ude00"))
                .isEqualTo("\"gr\\u00fc\\u00df\" // \\u00ab\\u00bb \\ud83d\\ude00");
        String plain = "class A {}";
        assertThat(GeneratedCode.ascii(plain)).isSameAs(plain);
    }

    @Test
    @DisplayName("long Javadoc lines are wrapped at spaces, never inside an inline tag; code is left alone")
    void wrapsJavadoc() {
        String words = "word ".repeat(20).strip();
        String code = "    String s = \" * " + "x ".repeat(60) + "\";";
        String source = "/**\n * " + words + " {@link Builder#maxRetries(int)} " + words + "\n *\n"
                + " * @param name " + words + " " + words + "\n */\n" + code + "\n";

        String wrapped = GeneratedCode.wrapJavadoc(source);

        assertThat(wrapped.lines()).allMatch(line -> line.length() <= GeneratedCode.JAVADOC_WIDTH || line.equals(code));
        assertThat(wrapped).contains("{@link Builder#maxRetries(int)}").contains("\n *     word ")
                .endsWith(code + "\n");
        assertThat(wrapped.replaceAll("\\s+\\*\\s+", " ").replaceAll("\\s+", " "))
                .isEqualTo(source.replaceAll("\\s+\\*\\s+", " ").replaceAll("\\s+", " "));
    }
}
