package dev.jsoncontract.verify.accept;

/**
 * A quick yes for the common {@code date-time} strings, before everit's own
 * {@code DateTimeFormatValidator} (a {@code DateTimeFormatter} parse, the costliest step of a call
 * page). It recognises only a subset that the everit formatter certainly accepts:
 * {@code yyyy-MM-dd'T'HH:mm:ss}, an optional fraction of 1 to 9 digits, then {@code Z} or
 * {@code +HH:MM}/{@code -HH:MM}, with year 1000-9999, month 01-12, day 01-28 (valid in every month,
 * so the SMART resolver never adjusts it), hour 00-23, minute and second 00-59 and an offset below
 * 18 hours. Anything else ({@code 29} to {@code 31}, a lower-case {@code z}, a space) is left to
 * everit's validator, so the verdict stays everit's.
 */
final class DateTimes {

    private DateTimes() {
    }

    /** {@code true} only if everit's date-time validator accepts {@code text}; {@code false}: ask it. */
    static boolean certainlyValid(String text) {
        int length = text.length();
        if (length < 20 || length > 35) {
            return false;
        }
        if (!range(text, 0, 1000, 9999) || text.charAt(4) != '-' || !range(text, 5, 1, 12) || text.charAt(7) != '-'
                || !range(text, 8, 1, 28) || text.charAt(10) != 'T' || !range(text, 11, 0, 23)
                || text.charAt(13) != ':' || !range(text, 14, 0, 59) || text.charAt(16) != ':'
                || !range(text, 17, 0, 59)) {
            return false;
        }
        int at = 19;
        if (text.charAt(at) == '.') {
            int digits = 0;
            at++;
            while (at < length && isDigit(text.charAt(at))) {
                at++;
                digits++;
            }
            if (digits < 1 || digits > 9 || at >= length) {
                return false;
            }
        }
        char zone = text.charAt(at);
        if (zone == 'Z') {
            return at + 1 == length;
        }
        return (zone == '+' || zone == '-') && at + 6 == length && range(text, at + 1, 0, 17)
                && text.charAt(at + 3) == ':' && range(text, at + 4, 0, 59);
    }

    /** The 2 or 4 ASCII digits at {@code from} (4 when {@code max > 99}) are a number in {@code [min, max]}. */
    private static boolean range(String text, int from, int min, int max) {
        int width = max > 99 ? 4 : 2;
        int value = 0;
        for (int i = from; i < from + width; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return value >= min && value <= max;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
