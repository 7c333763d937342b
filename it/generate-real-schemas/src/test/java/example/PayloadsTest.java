package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import example.events.Event;
import example.events.IssueOpened;
import example.events.Labels;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadsTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static byte[] payload(String name) throws Exception {
        try (InputStream in = PayloadsTest.class.getResourceAsStream("/payloads/" + name)) {
            return in.readAllBytes();
        }
    }

    /** Reads a payload into the generated type and checks that writing it back gives the same JSON. */
    private static <T> T roundTrip(String name, Class<T> type) throws Exception {
        byte[] bytes = payload(name);
        T value = JSON.readValue(bytes, type);
        assertEquals(JSON.readTree(bytes), JSON.readTree(JSON.writeValueAsBytes(value)), name + " round trip");
        return value;
    }

    @Test
    void allOfMergesTheBaseWithItsNarrowing() throws Exception {
        IssueOpened opened = roundTrip("opened/opened-one-label.json", IssueOpened.class);
        assertEquals("opened", opened.action());
        assertEquals("octocat", opened.sender().login());
        assertEquals(42, opened.issue().number());
        assertEquals("Apache-2.0", opened.issue().license().spdx());
    }

    @Test
    void oneLabelOrSeveral() throws Exception {
        Labels one = roundTrip("opened/opened-one-label.json", IssueOpened.class).issue().labels();
        Labels many = roundTrip("opened/opened-many-labels.json", IssueOpened.class).issue().labels();
        assertEquals("bug", assertInstanceOf(Labels.StringValue.class, one).value());
        assertEquals(List.of("documentation", "good first issue"), assertInstanceOf(Labels.ArrayValue.class, many).value());
    }

    @Test
    void patternPropertiesAreAMap() throws Exception {
        IssueOpened opened = roundTrip("opened/opened-one-label.json", IssueOpened.class);
        assertEquals("C.UTF-8", opened.issue().env().get("LANG"));
        assertNull(roundTrip("opened/opened-many-labels.json", IssueOpened.class).issue().env());
    }

    @Test
    void aNarrowingOnlySchemaReusesTheBaseType() throws Exception {
        Event closed = roundTrip("closed/closed.json", Event.class);
        assertEquals("closed", closed.action());
    }
}
