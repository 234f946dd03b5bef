package org.exhaustionlab.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Markdown code fences (``` or ~~~) in an answer. */
final class FencedBlocks {

    /** One fenced block; {@code closed} is false when the answer ended inside it. */
    record Block(String language, String code, boolean closed) {
    }

    private static final Pattern OPENING = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*([^`\\s]*)[^`]*$");

    private FencedBlocks() {
    }

    static List<Block> parse(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher opening = OPENING.matcher(lines.get(i));
            if (!opening.matches()) {
                i++;
                continue;
            }
            String fence = opening.group(1);
            String language = opening.group(2).toLowerCase(Locale.ROOT);
            List<String> code = new ArrayList<>();
            boolean closed = false;
            i++;
            for (; i < lines.size(); i++) {
                String line = lines.get(i);
                String trimmed = line.strip();
                if (isClosing(trimmed, fence)) {
                    closed = true;
                    i++;
                    break;
                }
                // Models sometimes glue the closing fence to the last code line: "plot(x)```".
                if (trimmed.endsWith(fence) && !trimmed.startsWith(fence.substring(0, 1))) {
                    code.add(line.substring(0, line.lastIndexOf(fence)));
                    closed = true;
                    i++;
                    break;
                }
                code.add(line);
            }
            blocks.add(new Block(language, String.join("\n", code).strip(), closed));
        }
        return blocks;
    }

    private static boolean isClosing(String trimmed, String fence) {
        if (trimmed.length() < fence.length()) {
            return false;
        }
        char c = fence.charAt(0);
        for (int k = 0; k < trimmed.length(); k++) {
            if (trimmed.charAt(k) != c) {
                return false;
            }
        }
        return true;
    }
}
