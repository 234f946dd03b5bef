package org.exhaustionlab.pine;

import java.util.List;

/** The golden scripts under {@code golden/}, listed in {@code golden/index.txt} (one file name per line). */
final class GoldenScripts {

    private GoldenScripts() {
    }

    static List<String> names() {
        return GoldenTest.readResource("golden/index.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    static String read(String name) {
        return GoldenTest.readResource("golden/" + name);
    }

    static List<String> validNames() {
        return names().stream().filter(n -> n.startsWith("valid_")).toList();
    }
}
