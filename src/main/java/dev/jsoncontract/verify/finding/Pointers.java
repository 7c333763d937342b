package dev.jsoncontract.verify.finding;

/** Ordering of JSON Pointers the way a reader expects: {@code /2} before {@code /10}. */
public final class Pointers {

    private Pointers() {
    }

    /** Compares token by token; tokens that are both array indexes compare as numbers. */
    public static int compare(String a, String b) {
        String[] left = a.split("/", -1);
        String[] right = b.split("/", -1);
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int c;
            if (Finding.isIndex(left[i]) && Finding.isIndex(right[i])) {
                c = Long.compare(Long.parseLong(left[i]), Long.parseLong(right[i]));
            } else {
                c = left[i].compareTo(right[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(left.length, right.length);
    }
}
