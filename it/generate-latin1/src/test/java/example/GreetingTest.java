package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import example.greetings.Greeting;
import example.greetings.Word;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Written in ASCII too (escapes), so that this file means the same in any encoding. */
class GreetingTest {

    private static final String GRUESS = "gr\u00fc\u00df";

    @Test
    void readsAndWritesTheValueExactly() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        byte[] json = ("{\"word\":\"" + GRUESS + "\"}").getBytes(StandardCharsets.UTF_8);

        Greeting greeting = mapper.readValue(json, Greeting.class);

        assertNotEquals(Word._UNKNOWN, greeting.word());
        assertEquals(GRUESS, greeting.word().value());
        assertEquals(greeting.word(), Word.fromValue(GRUESS));
        assertEquals(new String(json, StandardCharsets.UTF_8), mapper.writeValueAsString(greeting));
    }
}
