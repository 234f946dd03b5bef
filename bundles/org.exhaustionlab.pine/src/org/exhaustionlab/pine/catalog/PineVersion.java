package org.exhaustionlab.pine.catalog;

/** The Pine Script language versions the catalog distinguishes. Declaration order is release order. */
public enum PineVersion {
    V5, V6;

    /** The newest version, the default for scripts without a {@code //@version} annotation in our tools. */
    public static final PineVersion LATEST = V6;

    /** Parses {@code "v5"}, {@code "5"}, {@code "V6"}; returns null for anything else. */
    public static PineVersion parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.startsWith("v")) {
            t = t.substring(1);
        }
        return switch (t) {
            case "5" -> V5;
            case "6" -> V6;
            default -> null;
        };
    }

    public int number() {
        return ordinal() + 5;
    }

    @Override
    public String toString() {
        return "v" + number();
    }
}
