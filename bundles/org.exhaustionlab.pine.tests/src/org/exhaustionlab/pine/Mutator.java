package org.exhaustionlab.pine;

import java.util.Random;

/** Seeded random edits of Pine source, biased towards the characters and words the layout and grammar use. */
final class Mutator {

    private static final String[] SNIPPETS = {"(", ")", "[", "]", "<", ">", "=", ":=", "=>", "?", ":", ",", ".",
        "\"", "'", "#", "//", "\n", "\t", "  ", "    ", "+", "-", "*", "%", "if ", "else", "for ", " to ",
        " in ", "switch", "while", "var ", "and", "not ", "type ", "method ", "export ", "import ", "[a, b] = ",
        "f(x) =>", "1.", ".5", "1e", "na", "\\", "\r", "@", "array<float>", "#FF00"};

    private final Random random;

    Mutator(long seed) {
        random = new Random(seed);
    }

    /** One to three random edits of {@code src}. */
    String mutate(String src) {
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            src = edit(src);
        }
        return src;
    }

    private String edit(String s) {
        if (s.isEmpty()) {
            return SNIPPETS[random.nextInt(SNIPPETS.length)];
        }
        int at = random.nextInt(s.length());
        int len = Math.min(s.length() - at, 1 + random.nextInt(12));
        return switch (random.nextInt(8)) {
            case 0 -> s.substring(0, at) + s.substring(at + len); // delete
            case 1 -> s.substring(0, at) + SNIPPETS[random.nextInt(SNIPPETS.length)] + s.substring(at); // insert
            case 2 -> s.substring(0, at) + s.substring(at, at + len) + s.substring(at); // duplicate
            case 3 -> swap(s, at, len);
            case 4 -> s.substring(0, at); // truncate
            case 5 -> reindent(s);
            case 6 -> s.substring(0, at) + (char) random.nextInt(0x3000) + s.substring(at + Math.min(1, len));
            default -> duplicateLine(s, at);
        };
    }

    private String swap(String s, int at, int len) {
        int other = random.nextInt(s.length());
        int otherLen = Math.min(s.length() - other, len);
        if (other < at + len && at < other + otherLen) {
            return s;
        }
        int a = Math.min(at, other);
        int b = Math.max(at, other);
        int aLen = a == at ? len : otherLen;
        int bLen = b == at ? len : otherLen;
        return s.substring(0, a) + s.substring(b, b + bLen) + s.substring(a + aLen, b) + s.substring(a, a + aLen)
                + s.substring(b + bLen);
    }

    private String reindent(String s) {
        String[] lines = s.split("\n", -1);
        int i = random.nextInt(lines.length);
        String indent = switch (random.nextInt(4)) {
            case 0 -> " ".repeat(1 + random.nextInt(3));
            case 1 -> "    ";
            case 2 -> "\t";
            default -> "";
        };
        lines[i] = random.nextBoolean() ? indent + lines[i] : lines[i].stripLeading();
        return String.join("\n", lines);
    }

    private String duplicateLine(String s, int at) {
        int start = s.lastIndexOf('\n', at) + 1;
        int end = s.indexOf('\n', at);
        String line = s.substring(start, end < 0 ? s.length() : end + 1);
        return s.substring(0, start) + line + (line.endsWith("\n") ? "" : "\n") + s.substring(start);
    }
}
