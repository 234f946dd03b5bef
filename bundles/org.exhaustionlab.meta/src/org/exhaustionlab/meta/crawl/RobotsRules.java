package org.exhaustionlab.meta.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A parsed robots.txt (RFC 9309). Groups start with one or more {@code User-agent} lines; the group(s) whose agent
 * names our product token (case-insensitive) apply, else the {@code *} group(s), else nothing is restricted. Within
 * the applying rules the longest matching path pattern wins; an {@code Allow} wins a tie. Patterns support {@code *}
 * (any characters) and a trailing {@code $} (end of path). {@code Crawl-delay} (not in the RFC, but widely used) is
 * kept so the rate limiter can honour it.
 *
 * @implNote Immutable.
 */
public final class RobotsRules {

    /** Everything allowed: a missing robots.txt (4xx). */
    public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), -1);
    /** Everything disallowed: robots.txt unreachable (5xx, network error), as the RFC asks. */
    public static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule(false, "/")), -1);

    record Rule(boolean allow, String pattern) {
    }

    private record Group(List<String> agents, List<Rule> rules, long crawlDelayMillis) {
    }

    private final List<Rule> rules;
    private final long crawlDelayMillis;

    private RobotsRules(List<Rule> rules, long crawlDelayMillis) {
        this.rules = List.copyOf(rules);
        this.crawlDelayMillis = crawlDelayMillis;
    }

    /** The rules of {@code text} that apply to a crawler whose product token is {@code productToken}. */
    public static RobotsRules parse(String text, String productToken) {
        List<Group> groups = groups(text);
        String token = productToken.toLowerCase(Locale.ROOT);
        List<Group> mine = groups.stream().filter(g -> g.agents.stream().anyMatch(a -> !a.equals("*")
                && (token.equals(a) || token.startsWith(a)))).toList();
        if (mine.isEmpty()) {
            mine = groups.stream().filter(g -> g.agents.contains("*")).toList();
        }
        List<Rule> rules = new ArrayList<>();
        long delay = -1;
        for (Group g : mine) {
            rules.addAll(g.rules);
            delay = Math.max(delay, g.crawlDelayMillis);
        }
        return new RobotsRules(rules, delay);
    }

    private static List<Group> groups(String text) {
        List<Group> groups = new ArrayList<>();
        List<String> agents = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        long delay = -1;
        boolean inRules = false;
        for (String raw : text.split("\r?\n|\r")) {
            String line = raw;
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) {
                    groups.add(new Group(agents, rules, delay));
                    agents = new ArrayList<>();
                    rules = new ArrayList<>();
                    delay = -1;
                    inRules = false;
                }
                agents.add(value.toLowerCase(Locale.ROOT));
            } else if (key.equals("allow") || key.equals("disallow")) {
                inRules = true;
                if (!value.isEmpty()) { // "Disallow:" with no path restricts nothing
                    rules.add(new Rule(key.equals("allow"), value));
                }
            } else if (key.equals("crawl-delay")) {
                inRules = true;
                try {
                    delay = Math.round(Double.parseDouble(value) * 1000);
                } catch (NumberFormatException ignored) {
                    // a malformed delay is ignored, as crawlers commonly do
                }
            }
        }
        if (!agents.isEmpty()) {
            groups.add(new Group(agents, rules, delay));
        }
        return groups;
    }

    /** Whether {@code path} (with its query, e.g. {@code /r/x/search.json?q=pine}) may be fetched. */
    public boolean allows(String path) {
        if (path.equals("/robots.txt")) {
            return true;
        }
        Rule best = null;
        for (Rule r : rules) {
            if (matches(r.pattern, path) && (best == null || r.pattern.length() > best.pattern.length()
                    || (r.pattern.length() == best.pattern.length() && r.allow && !best.allow))) {
                best = r;
            }
        }
        return best == null || best.allow;
    }

    /** The Crawl-delay in milliseconds, or -1 when none applies. */
    public long crawlDelayMillis() {
        return crawlDelayMillis;
    }

    /** Pattern match from the start of the path: {@code *} is any run of characters, a final {@code $} anchors. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return match(p, 0, path, 0, anchored);
    }

    private static boolean match(String p, int pi, String s, int si, boolean anchored) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                for (int k = si; k <= s.length(); k++) {
                    if (match(p, pi + 1, s, k, anchored)) {
                        return true;
                    }
                }
                return false;
            }
            if (si >= s.length() || s.charAt(si) != c) {
                return false;
            }
            pi++;
            si++;
        }
        return !anchored || si == s.length();
    }
}
