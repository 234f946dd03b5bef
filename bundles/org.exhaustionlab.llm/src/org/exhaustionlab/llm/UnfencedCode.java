package org.exhaustionlab.llm;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds Pine code written straight into prose: it starts at {@code //@version} (or, failing that, at the
 * {@code strategy(}/{@code indicator(} declaration together with the comment lines right above it) and runs while
 * lines look like code. Blank lines inside the code are kept; the first prose line ends it.
 */
final class UnfencedCode {

    private static final Pattern VERSION_LINE = Pattern.compile("^\\s*//\\s*@version\\s*=\\s*\\d+.*");
    private static final Pattern DECLARATION_LINE = Pattern.compile("^\\s*(strategy|indicator|library)\\s*\\(.*");
    /** Markdown list items, headings, quotes and emphasis: never Pine at the start of a line. */
    private static final Pattern MARKDOWN = Pattern.compile("^(#{1,6}\\s|\\*\\*|[-*+]\\s+\\S|>\\s|\\d+[.)]\\s+[A-Za-z`*]).*");
    /** A sentence: a capitalised word, then at least two more words. */
    private static final Pattern SENTENCE = Pattern.compile("^[A-Z][a-z']*[,:]?\\s+\\S+\\s+\\S+.*");
    private static final Pattern ASSIGNMENT = Pattern.compile("(:=|=>|[^=!<>]=[^=])");
    private static final Pattern CODE_START = Pattern.compile(
            "^(if|else|for|while|switch|var|varip|type|method|export|import|float|int|bool|string|color|array|"
                    + "matrix|map|series|simple|const|not|break|continue|true|false|na)\\b.*");
    private static final Pattern CODE_CHARS = Pattern.compile(".*[=()\\[\\]?].*");

    private UnfencedCode() {
    }

    /** The code region of {@code lines}, or empty when there is no recognisable start. */
    static String find(List<String> lines) {
        int start = indexOf(lines, VERSION_LINE);
        if (start < 0) {
            start = indexOf(lines, DECLARATION_LINE);
            if (start < 0) {
                return "";
            }
            while (start > 0 && lines.get(start - 1).strip().startsWith("//")) {
                start--;
            }
        }
        int end = start;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (!isCodeLike(line)) {
                break;
            }
            end = i;
        }
        return String.join("\n", lines.subList(start, end + 1)).strip();
    }

    /** Whether a non-blank line reads as Pine rather than as the prose around it. */
    static boolean isCodeLike(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("//")) {
            return true;
        }
        // Pine never uses backticks and never starts a statement with markdown.
        if (trimmed.contains("`") || MARKDOWN.matcher(trimmed).matches()) {
            return false;
        }
        if (SENTENCE.matcher(trimmed).matches() && !ASSIGNMENT.matcher(trimmed).find()) {
            return false;
        }
        // Indented lines are block bodies or wrapped arguments.
        return Character.isWhitespace(line.charAt(0)) || CODE_START.matcher(trimmed).matches()
                || CODE_CHARS.matcher(trimmed).matches();
    }

    private static int indexOf(List<String> lines, Pattern pattern) {
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }
}
