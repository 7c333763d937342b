package dev.jsoncontract.contract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Ant-style include and exclude patterns over paths relative to a folder, written with {@code /}:
 * {@code *} matches within one name, {@code ?} one character, {@code **} any number of folders
 * ({@code **}{@code /*.json} also matches {@code a.json}); a pattern ending in {@code /} means
 * everything below. No includes: everything is included.
 */
final class Globs {

    private final List<Pattern> includes;
    private final List<Pattern> excludes;

    Globs(List<String> includes, List<String> excludes) {
        this.includes = includes.stream().map(Globs::compile).toList();
        this.excludes = excludes.stream().map(Globs::compile).toList();
    }

    boolean selects(String relativePath) {
        boolean included = includes.isEmpty() || includes.stream().anyMatch(p -> p.matcher(relativePath).matches());
        return included && excludes.stream().noneMatch(p -> p.matcher(relativePath).matches());
    }

    static Pattern compile(String glob) {
        String pattern = glob.trim().replace('\\', '/');
        while (pattern.startsWith("./")) {
            pattern = pattern.substring(2);
        }
        if (pattern.endsWith("/")) {
            pattern = pattern + "**";
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                boolean slash = i + 2 < pattern.length() && pattern.charAt(i + 2) == '/';
                regex.append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
