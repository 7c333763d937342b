package dev.jsoncontract.verify.accept;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.everit.json.schema.internal.DateTimeFormatValidator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DateTimesTest {

    private static final DateTimeFormatValidator EVERIT = new DateTimeFormatValidator();

    @Test
    @DisplayName("the quick date-time check says yes to the common shapes")
    void acceptsCommonShapes() {
        assertThat(List.of("2026-11-02T14:00:00Z", "2026-11-02T14:00:00.123Z", "2026-11-02T14:00:00.123456789Z",
                "2026-11-02T14:00:00+01:00", "1999-01-28T23:59:59.5-05:30"))
                .allSatisfy(text -> {
                    assertThat(DateTimes.certainlyValid(text)).as(text).isTrue();
                    assertThat(EVERIT.validate(text)).as(text).isEmpty();
                });
    }

    @Test
    @DisplayName("the quick date-time check leaves the unusual and the invalid to everit")
    void leavesTheRestToEverit() {
        assertThat(List.of("2026-11-02T14:00:00z", "2026-11-02 14:00:00Z", "2026-02-30T10:00:00Z",
                "2026-11-31T14:00:00Z", "2026-13-02T14:00:00Z", "2026-11-02T24:00:00Z", "2026-11-02T14:00:60Z",
                "2026-11-02T14:00:00.Z", "2026-11-02T14:00:00.1234567890Z", "2026-11-02T14:00:00+0100",
                "2026-11-02T14:00:00+18:00", "0999-11-02T14:00:00Z", "2026-11-02T14:00:00", "2026-11-02T14:00:00Z "))
                .allSatisfy(text -> assertThat(DateTimes.certainlyValid(text)).as(text).isFalse());
    }

    @Test
    @DisplayName("on seeded near-miss strings the quick check never says yes where everit says no")
    void neverAcceptsWhatEveritRejects() {
        Random random = new Random(11);
        String alphabet = "0123456789-:T.Z+z ";
        List<String> unsound = new ArrayList<>();
        int quickYes = 0;
        for (int i = 0; i < 200_000; i++) {
            char[] text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d%s%s",
                    random.nextInt(10000), random.nextInt(14), random.nextInt(33), random.nextInt(26),
                    random.nextInt(62), random.nextInt(62),
                    random.nextBoolean() ? "" : "." + "123456789012".substring(0, random.nextInt(12)),
                    random.nextBoolean() ? "Z" : String.format(java.util.Locale.ROOT, "%s%02d:%02d",
                            random.nextBoolean() ? "+" : "-", random.nextInt(20), random.nextInt(62)))
                    .toCharArray();
            if (random.nextInt(3) == 0) {
                text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String candidate = new String(text);
            if (DateTimes.certainlyValid(candidate)) {
                quickYes++;
                if (EVERIT.validate(candidate).isPresent()) {
                    unsound.add(candidate);
                }
            }
        }
        assertThat(unsound).as("strings the quick check accepts and everit rejects").isEmpty();
        assertThat(quickYes).as("strings the quick check accepts").isGreaterThan(5_000);
    }
}
