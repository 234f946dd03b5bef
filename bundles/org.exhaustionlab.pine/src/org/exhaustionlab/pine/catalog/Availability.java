package org.exhaustionlab.pine.catalog;

/**
 * In which Pine versions a built-in exists and whether it is deprecated.
 *
 * @param since first version that has it
 * @param until last version that has it (inclusive)
 * @param deprecation null when not deprecated, otherwise a hint naming the replacement (may be empty)
 */
public record Availability(PineVersion since, PineVersion until, String deprecation) {

    public static final Availability ALWAYS = new Availability(PineVersion.V5, PineVersion.LATEST, null);

    public Availability {
        if (since.compareTo(until) > 0) {
            throw new IllegalArgumentException("since " + since + " is after until " + until);
        }
    }

    public boolean isIn(PineVersion version) {
        return since.compareTo(version) <= 0 && version.compareTo(until) <= 0;
    }

    public boolean isDeprecated() {
        return deprecation != null;
    }
}
