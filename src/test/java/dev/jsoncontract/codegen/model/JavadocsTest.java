package dev.jsoncontract.codegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JavadocsTest {

    @Test
    @DisplayName("descriptions are escaped so they show as written and cannot end the comment, start a tag or a unicode escape")
    void clean() {
        assertThat(Javadocs.clean("  a < b && c > d */ {@code x} \\u0000 \r\nsecond line   \r\n\n"))
                .isEqualTo("a &lt; b &amp;&amp; c &gt; d *&#47; {&#64;code x} &#92;u0000\nsecond line");
        assertThat(Javadocs.clean(null)).isEmpty();
        assertThat(Javadocs.clean(" \n ")).isEmpty();
    }

    @Test
    @DisplayName("long text wraps at spaces, keeps its own line breaks, and indents continuation lines as asked")
    void wrap() {
        String words = "word ".repeat(30).strip();

        String wrapped = Javadocs.wrap("@param x " + words + "\nnext", "    ");

        assertThat(wrapped.split("\n")).hasSize(3).allMatch(line -> line.length() <= Javadocs.WIDTH);
        assertThat(wrapped.split("\n")[1]).startsWith("    word");
        assertThat(wrapped.split("\n")[2]).isEqualTo("next");
    }
}
