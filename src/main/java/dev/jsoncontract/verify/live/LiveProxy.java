package dev.jsoncontract.verify.live;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An HTTP proxy for live calls, as a settings.xml {@code <proxy>} describes it.
 *
 * @param host the proxy's host
 * @param port the proxy's port
 * @param username the user to authenticate as, or {@code null}
 * @param password the password, or {@code null}; never logged
 * @param nonProxyHosts hosts reached directly: names or patterns with {@code *} ({@code *.internal},
 *     {@code localhost}), compared ignoring case
 */
public record LiveProxy(String host, int port, String username, String password, List<String> nonProxyHosts) {

    public LiveProxy {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1 to 65535: " + port);
        }
        nonProxyHosts = List.copyOf(nonProxyHosts);
    }

    /**
     * The hosts of Maven's {@code nonProxyHosts}: separated by {@code |} (Maven's documented form),
     * also by {@code ,} (which Maven accepts too); blanks dropped.
     */
    public static List<String> parseNonProxyHosts(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("[|,]")).map(String::strip).filter(h -> !h.isEmpty()).toList();
    }

    /** Whether a request to {@code host} bypasses the proxy. */
    public boolean bypasses(String host) {
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        for (String pattern : nonProxyHosts) {
            if (wildcard(pattern.toLowerCase(Locale.ROOT), name)) {
                return true;
            }
        }
        return false;
    }

    /** {@code *} matches any run of characters; everything else itself. Linear: no regular expression. */
    private static boolean wildcard(String pattern, String name) {
        int p = 0;
        int n = 0;
        int star = -1;
        int resume = 0;
        while (n < name.length()) {
            if (p < pattern.length() && pattern.charAt(p) == name.charAt(n)) {
                p++;
                n++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = n;
            } else if (star >= 0) {
                p = star + 1;
                n = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    @Override
    public String toString() {
        return "LiveProxy[" + host + ":" + port + ", username=" + (username == null ? "none" : username) + ", password="
                + (password == null ? "none" : "****") + ", nonProxyHosts=" + nonProxyHosts + "]";
    }
}
