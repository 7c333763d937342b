package dev.jsoncontract.verify;

import dev.jsoncontract.verify.finding.Finding;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The secrets of one {@code verify} run (the bearer token, a proxy password) and the one place
 * where every string leaving the run is scrubbed of them: log lines, findings (and so every report
 * and the build message), and exceptions with their whole cause chain, Jackson's included.
 *
 * <p>Scrubbing at the boundary, rather than wherever a message is built, means that a token which
 * reaches a string by a path nobody thought of (a member name, an enum value, a parser's excerpt
 * of a body that is not JSON) is scrubbed all the same. Each secret is replaced by {@code ****} in
 * the forms a message can hold it: as sent, JSON-escaped and URL-encoded; a secret cut short by an
 * excerpt ({@code sk_live_4eC39...}) is replaced too when at least {@value #MIN_CUT} of its
 * characters are left before the cut.
 */
public final class Secrets {

    /** What a secret becomes. */
    public static final String MASK = "****";

    /** The fewest leading characters of a secret, followed by an ellipsis or the end, that are masked. */
    static final int MIN_CUT = 6;

    /** Nothing to scrub. */
    public static final Secrets NONE = new Secrets(List.of());

    /** Each secret in every form, longest first so that a longer form is replaced before its parts. */
    private final List<String> forms;
    /** The secrets as given, for prefixes cut by an excerpt. */
    private final List<String> secrets;

    private Secrets(Collection<String> secrets) {
        Set<String> given = new LinkedHashSet<>();
        for (String secret : secrets) {
            if (secret != null && !secret.isBlank()) {
                given.add(secret);
                given.add(secret.strip());
            }
        }
        Set<String> all = new LinkedHashSet<>();
        for (String secret : given) {
            all.add(secret);
            all.add(jsonEscaped(secret));
            all.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
            all.add(URLEncoder.encode(secret, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.forms = List.copyOf(sorted);
        this.secrets = List.copyOf(given);
    }

    /** The secrets given; {@code null}s and blanks are ignored. */
    public static Secrets of(String... secrets) {
        return new Secrets(java.util.Arrays.asList(secrets));
    }

    /** These secrets and {@code more}. */
    public Secrets and(String... more) {
        List<String> all = new ArrayList<>(secrets);
        all.addAll(java.util.Arrays.asList(more));
        return new Secrets(all);
    }

    /** Whether there is anything to scrub. */
    public boolean isEmpty() {
        return secrets.isEmpty();
    }

    /** {@code text} without any secret; {@code null} stays {@code null}. */
    public String scrub(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String clean = text;
        for (String form : forms) {
            clean = clean.replace(form, MASK);
        }
        for (String secret : secrets) {
            clean = scrubCut(clean, secret);
        }
        return clean;
    }

    /** Masks a secret's prefix that an excerpt cut off: followed by {@code ...}, {@code …} or the end. */
    private static String scrubCut(String text, String secret) {
        if (secret.length() <= MIN_CUT) {
            return text;
        }
        String head = secret.substring(0, MIN_CUT);
        StringBuilder out = null;
        int from = 0;
        for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
            int length = MIN_CUT;
            while (length < secret.length() && at + length < text.length()
                    && text.charAt(at + length) == secret.charAt(length)) {
                length++;
            }
            int end = at + length;
            boolean cut = end == text.length() || text.startsWith("...", end) || text.charAt(end) == '…';
            if (cut && at >= from) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, from, at).append(MASK);
                from = end;
            }
        }
        if (out == null) {
            return text;
        }
        return out.append(text, from, text.length()).toString();
    }

    /** A log that scrubs every line before passing it on. */
    public Consumer<String> log(Consumer<String> log) {
        Objects.requireNonNull(log, "log");
        return secrets.isEmpty() ? log : line -> log.accept(scrub(line));
    }

    /** The finding with every text field scrubbed. */
    public Finding scrub(Finding finding) {
        if (secrets.isEmpty()) {
            return finding;
        }
        // the keyword is jsoncontract's vocabulary (enum, type, drift, ...), never data
        return new Finding(scrub(finding.source()), scrub(finding.pointer()), scrub(finding.schemaLocation()),
                finding.keyword(), scrub(finding.value()), finding.allowed().stream().map(this::scrub).toList(),
                finding.severity(), scrub(finding.message()));
    }

    /** The checked body with every finding and its source scrubbed. */
    public CheckedBody scrub(CheckedBody checked) {
        if (secrets.isEmpty()) {
            return checked;
        }
        return new CheckedBody(scrub(checked.source()), checked.findings().stream().map(this::scrub).toList(),
                checked.owners(), checked.instances(), checked.tally());
    }

    /**
     * The exception with its message scrubbed and each cause replaced by a {@link Scrubbed} copy
     * that keeps the cause's class name, scrubbed message and stack trace, so that Maven (also with
     * {@code -e} and {@code -X}) prints the same chain without the secret.
     */
    public VerifyException scrub(VerifyException e) {
        if (secrets.isEmpty()) {
            return e;
        }
        VerifyException clean = new VerifyException(scrub(e.getMessage()), copy(e.getCause(), new IdentityHashMap<>()));
        clean.setStackTrace(e.getStackTrace());
        for (Throwable suppressed : e.getSuppressed()) {
            clean.addSuppressed(copy(suppressed, new IdentityHashMap<>()));
        }
        return clean;
    }

    /** A scrubbed copy of any throwable and its causes (iterative in the chain; cycles end it). */
    public Throwable scrub(Throwable e) {
        return secrets.isEmpty() ? e : copy(e, new IdentityHashMap<>());
    }

    /**
     * The chain from {@code e} down with every link that holds a secret, and every link above
     * one, replaced by a {@link Scrubbed} copy; the links below the deepest one holding a secret are
     * kept as they are (with their own classes, as Maven prints them).
     */
    private Throwable copy(Throwable e, Map<Throwable, Throwable> seen) {
        if (e == null) {
            return null;
        }
        // the chain, outermost first, until a cause repeats
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !seen.containsKey(t) && chain.size() < 100; t = t.getCause()) {
            seen.put(t, t);
            chain.add(t);
        }
        int deepest = -1;
        for (int i = 0; i < chain.size(); i++) {
            String message = chain.get(i).getMessage();
            if (message != null && !message.equals(scrub(message))) {
                deepest = i;
            }
        }
        if (deepest < 0) {
            return e;
        }
        Throwable below = deepest + 1 < chain.size() ? chain.get(deepest + 1) : null;
        for (int i = deepest; i >= 0; i--) {
            Throwable original = chain.get(i);
            Scrubbed copy = new Scrubbed(original.getClass().getName(), scrub(original.getMessage()), below);
            copy.setStackTrace(original.getStackTrace());
            below = copy;
        }
        return below;
    }

    private static String jsonEscaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A cause as it was thrown, minus the secret: prints as {@code <original class>: <scrubbed
     * message>} with the original stack trace, like the exception it replaces.
     */
    public static final class Scrubbed extends Exception {

        private static final long serialVersionUID = 1L;

        private final String originalClass;

        Scrubbed(String originalClass, String message, Throwable cause) {
            super(message, cause);
            this.originalClass = originalClass;
        }

        /** The class name of the exception this one stands for. */
        public String originalClass() {
            return originalClass;
        }

        @Override
        public String toString() {
            String message = getLocalizedMessage();
            return message == null ? originalClass : originalClass + ": " + message;
        }
    }
}
