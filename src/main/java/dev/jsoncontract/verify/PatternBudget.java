package dev.jsoncontract.verify;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.everit.json.schema.regexp.JavaUtilRegexpFactory;
import org.everit.json.schema.regexp.Regexp;
import org.everit.json.schema.regexp.RegexpFactory;
import org.everit.json.schema.regexp.RegexpMatchingFailure;

/**
 * Bounds every match of a schema's {@code pattern} (and {@code patternProperties}) by a budget of
 * steps, so that a pattern that backtracks catastrophically ({@code ^(a+)+(\1)$} on forty
 * {@code a}s and a {@code !}) ends as a finding instead of hanging the build.
 *
 * <p>A step is one read of a character of the value by {@link java.util.regex.Matcher}: the value
 * is handed to it as a {@link CharSequence} that counts {@code charAt} calls and stops the match
 * with {@link Exceeded} past {@link #steps(int) the budget}. A match within the budget behaves
 * exactly as everit's own ({@code Pattern.compile(pattern).matcher(value).find()}), so the verdicts
 * do not change; the factory plugs into everit's loader and so also into the fast accept path,
 * which calls everit's pattern objects.
 */
public final class PatternBudget {

    /** The steps every match may take, however short the value. */
    static final long BASE_STEPS = 5_000_000;

    /** The steps a match may take per character of the value, on top of {@link #BASE_STEPS}. */
    static final long STEPS_PER_CHAR = 256;

    /** everit's "does not match" (its constructor is not public; the instance holds nothing). */
    private static final RegexpMatchingFailure NO_MATCH =
            new JavaUtilRegexpFactory().createHandler("(?!)").patternMatchingFailure("").orElseThrow();

    private PatternBudget() {
    }

    /** The budget of one match on a value of {@code length} characters. */
    static long steps(int length) {
        return BASE_STEPS + STEPS_PER_CHAR * length;
    }

    /** A match ran out of its budget. Unchecked, so that it passes through everit. */
    public static final class Exceeded extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String pattern;

        Exceeded(String pattern, long steps) {
            super("the pattern \"" + pattern + "\" took more than " + String.format(Locale.ROOT, "%,d", steps)
                    + " steps on one value", null, false, false);
            this.pattern = pattern;
        }

        /** The pattern as the schema writes it. */
        public String pattern() {
            return pattern;
        }
    }

    /** everit's regexp factory, with every match bounded. */
    public static RegexpFactory factory() {
        return Budgeted::new;
    }

    /** {@code pattern.matcher(text).find()}, bounded. */
    public static boolean find(Pattern pattern, CharSequence text) {
        long budget = steps(text.length());
        return pattern.matcher(new Counted(text, budget, pattern.pattern())).find();
    }

    /** A schema pattern, matched as everit matches it, within the budget. */
    private static final class Budgeted implements Regexp {

        private final Pattern pattern;

        Budgeted(String pattern) {
            this.pattern = Pattern.compile(pattern);
        }

        @Override
        public Optional<RegexpMatchingFailure> patternMatchingFailure(String input) {
            return find(pattern, input) ? Optional.empty() : Optional.of(NO_MATCH);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Budgeted budgeted && budgeted.pattern.pattern().equals(pattern.pattern());
        }

        @Override
        public int hashCode() {
            return pattern.pattern().hashCode();
        }

        /** The pattern as written: everit's {@code getPattern()} compiles this. */
        @Override
        public String toString() {
            return pattern.pattern();
        }
    }

    /** The value, counting every character read. */
    private static final class Counted implements CharSequence {

        private final CharSequence text;
        private final String pattern;
        private final long budget;
        private final long[] used;
        private final int offset;
        private final int length;

        Counted(CharSequence text, long budget, String pattern) {
            this(text, budget, pattern, new long[1], 0, text.length());
        }

        private Counted(CharSequence text, long budget, String pattern, long[] used, int offset, int length) {
            this.text = Objects.requireNonNull(text);
            this.budget = budget;
            this.pattern = pattern;
            this.used = used;
            this.offset = offset;
            this.length = length;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            if (++used[0] > budget) {
                throw new Exceeded(pattern, budget);
            }
            return text.charAt(offset + index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Counted(text, budget, pattern, used, offset + start, end - start);
        }

        @Override
        public String toString() {
            return text.subSequence(offset, offset + length).toString();
        }
    }
}
