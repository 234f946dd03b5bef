package org.exhaustionlab.meta.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds Pine code inside Markdown (Reddit posts) and HTML (script pages). */
public final class CodeBlocks {

    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*(```|~~~)[^\\n]*\\n(.*?)^\\s*\\1\\s*$");
    private static final Pattern PRE = Pattern.compile("(?is)<pre[^>]*>(.*?)</pre>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]+>");

    private CodeBlocks() {
    }

    /** True for text that looks like a Pine script: a version annotation or a strategy/indicator declaration. */
    public static boolean looksLikePine(String code) {
        return code.contains("//@version") || code.matches("(?s).*\\b(strategy|indicator|study)\\s*\\(.*");
    }

    /** Pine blocks of a Markdown text: fenced blocks, then 4-space indented blocks, keeping only Pine-looking ones. */
    public static List<String> fromMarkdown(String markdown) {
        String text = markdown.replace("\r\n", "\n");
        List<String> out = new ArrayList<>();
        Matcher m = FENCE.matcher(text);
        while (m.find()) {
            add(out, m.group(2));
        }
        if (out.isEmpty()) {
            StringBuilder block = new StringBuilder();
            for (String line : (text + "\n").split("\n", -1)) {
                if (line.startsWith("    ") || (line.isBlank() && block.length() > 0)) {
                    block.append(line.length() >= 4 ? line.substring(4) : "").append('\n');
                } else if (block.length() > 0) {
                    add(out, block.toString());
                    block.setLength(0);
                }
            }
            if (block.length() > 0) {
                add(out, block.toString());
            }
        }
        return out;
    }

    /** Pine blocks of an HTML page: the text of each {@code <pre>} element. */
    public static List<String> fromHtml(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = PRE.matcher(html);
        while (m.find()) {
            add(out, unescapeHtml(TAG.matcher(m.group(1).replaceAll("(?i)<br\\s*/?>", "\n")).replaceAll("")));
        }
        return out;
    }

    private static void add(List<String> out, String block) {
        String code = block.strip();
        if (!code.isEmpty() && looksLikePine(code)) {
            out.add(code + "\n");
        }
    }

    public static String unescapeHtml(String s) {
        Matcher m = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> new String(Character.toChars(e.startsWith("#x") || e.startsWith("#X")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }
}
