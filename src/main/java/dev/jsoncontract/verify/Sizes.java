package dev.jsoncontract.verify;

import java.util.Locale;

/** Sizes of files and heaps for messages, in binary units: {@code 212.4 MB}, {@code 1.0 GB}. */
public final class Sizes {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;
    private static final long GB = MB * 1024;

    private Sizes() {
    }

    /** {@code 512 bytes}, {@code 3.5 KB}, {@code 212.4 MB}, {@code 1.7 GB}. */
    public static String format(long bytes) {
        if (bytes < KB) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < MB) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / (double) KB);
        }
        if (bytes < GB) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / (double) GB);
    }

    /**
     * The {@code -Xmx} value to suggest for a need: the smallest power of two gigabytes, 2g at
     * least, that leaves half as much again for Maven itself ({@code 4g} for 1.7 GB).
     */
    public static String suggestedXmx(long needBytes) {
        long gigabytes = 2;
        while (gigabytes * GB < needBytes + needBytes / 2 && gigabytes < (1L << 20)) {
            gigabytes *= 2;
        }
        return gigabytes + "g";
    }
}
