package org.exhaustionlab.pine.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Consistency rules across files: the same name must not be declared twice for the same version. */
final class CatalogChecks {
    private CatalogChecks() {
    }

    static List<String> duplicates(List<CatalogParser.LocatedEntry> entries) {
        List<String> problems = new ArrayList<>();
        Map<String, List<CatalogParser.LocatedEntry>> byKey = new HashMap<>();
        for (CatalogParser.LocatedEntry located : entries) {
            CatalogEntry e = located.entry();
            String key = key(e);
            for (CatalogParser.LocatedEntry other : byKey.getOrDefault(key, List.of())) {
                if (overlap(e.availability(), other.entry().availability())) {
                    problems.add(located.where() + ": duplicate declaration of " + describe(e)
                            + " (first declared at " + other.where() + ")");
                }
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(located);
        }
        return problems;
    }

    /** Overloads differ by parameter types; values and types by name only. */
    private static String key(CatalogEntry e) {
        if (e instanceof FunctionSig f) {
            return "fn " + f.name() + f.params().stream().map(p -> p.type().toString()).toList();
        }
        return (e instanceof TypeSig ? "type " : "value ") + e.name();
    }

    private static boolean overlap(Availability a, Availability b) {
        return a.since().compareTo(b.until()) <= 0 && b.since().compareTo(a.until()) <= 0;
    }

    private static String describe(CatalogEntry e) {
        return e instanceof FunctionSig f ? f.display() : e.name();
    }
}
