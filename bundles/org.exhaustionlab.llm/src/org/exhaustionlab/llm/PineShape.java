package org.exhaustionlab.llm;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cheap, parser-free checks of what a piece of text looks like, used to choose and delimit code in answers. */
final class PineShape {

    static final Pattern VERSION = Pattern.compile("(?m)^\\s*//\\s*@version\\s*=\\s*\\d+");
    static final Pattern DECLARATION = Pattern.compile("(?m)^\\s*(strategy|indicator|study|library)\\s*\\(");
    private static final Pattern PINE_HINT = Pattern.compile(
            "\\b(ta|strategy|math|input|request|str)\\.[a-z_]+\\s*\\(|\\bplot(shape|char)?\\s*\\(|:=");

    /** Fence languages that mean "this is Pine"; an empty language is judged by content. */
    private static final Set<String> PINE_LANGUAGES = Set.of("pine", "pinescript", "pine-script", "pine_script",
            "pinescript5", "pinescript6", "pine5", "pine6", "tradingview", "pinev5", "pinev6");

    private PineShape() {
    }

    /**
     * Has a {@code //@version} line, a {@code strategy(}/{@code indicator(} declaration and at least one statement
     * after it; a header on its own is the first part of a script split over several blocks.
     */
    static boolean isCompleteScript(String code) {
        if (!VERSION.matcher(code).find()) {
            return false;
        }
        Matcher declaration = DECLARATION.matcher(code);
        if (!declaration.find()) {
            return false;
        }
        int depth = 0;
        int i = code.indexOf('(', declaration.start());
        for (; i < code.length(); i++) {
            char c = code.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                break;
            }
        }
        for (String line : code.substring(Math.min(i + 1, code.length())).split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("//")) {
                return true;
            }
        }
        return false;
    }

    static boolean hasHeader(String code) {
        return VERSION.matcher(code).find() || DECLARATION.matcher(code).find();
    }

    static boolean isPineLanguage(String language) {
        return PINE_LANGUAGES.contains(language);
    }

    /** Looks like Pine by content: a header or typical calls ({@code ta.rsi(}, {@code strategy.entry(}, {@code :=}). */
    static boolean looksLikePine(String code) {
        return hasHeader(code) || PINE_HINT.matcher(code).find();
    }

    /**
     * Why the code looks cut off (an unclosed bracket or string at the end), or empty. Comments and string contents
     * are skipped; Pine strings and comments never span lines.
     */
    static String unbalancedEnding(String code) {
        int depth = 0;
        char lastOpen = 0;
        String[] lines = code.strip().split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            char quote = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote != 0) {
                    if (c == '\\') {
                        i++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                    break;
                } else if (c == '(' || c == '[') {
                    depth++;
                    lastOpen = c;
                } else if (c == ')' || c == ']') {
                    depth = Math.max(0, depth - 1);
                }
            }
            if (quote != 0 && n == lines.length - 1) {
                return "the code ends inside an unclosed string";
            }
        }
        return depth > 0 ? "the code ends inside an unclosed '" + lastOpen + "'" : "";
    }
}
