package org.exhaustionlab.meta.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** robots.txt groups, longest-match precedence, wildcards and Crawl-delay (RFC 9309). */
class RobotsRulesTest {

    private static final String ROBOTS = """
            # a comment line
            User-agent: *
            Disallow: /private/
            Disallow: /search
            Allow: /search/about
            Crawl-delay: 2

            User-agent: BadBot
            User-agent: ExhaustionLab
            Disallow: /scripts/*.json$
            Allow: /scripts/
            Disallow: /tmp/
            Disallow:

            User-agent: Googlebot
            Disallow: /
            """;

    @Test
    void ourGroupReplacesTheStarGroup() {
        RobotsRules ours = RobotsRules.parse(ROBOTS, "ExhaustionLab");
        assertTrue(ours.allows("/private/x"), "the * group does not apply once a group names us");
        assertFalse(ours.allows("/tmp/a"));
        assertTrue(ours.allows("/scripts/abc/"));
        assertFalse(ours.allows("/scripts/list.json"), "* and $ in a pattern");
        assertTrue(ours.allows("/scripts/list.json?page=2"), "$ anchors at the end of the path");
        assertEquals(-1, ours.crawlDelayMillis());
    }

    @Test
    void otherAgentsGetTheStarGroupWithLongestMatchAndCrawlDelay() {
        RobotsRules star = RobotsRules.parse(ROBOTS, "SomeCrawler");
        assertFalse(star.allows("/private/secret.html"));
        assertFalse(star.allows("/search?q=pine"));
        assertTrue(star.allows("/search/about"), "the longer Allow wins over the shorter Disallow");
        assertTrue(star.allows("/r/TradingView"));
        assertEquals(2000, star.crawlDelayMillis());
        assertFalse(RobotsRules.parse(ROBOTS, "googlebot").allows("/anything"), "agent names are case-insensitive");
    }

    @Test
    void tieGoesToAllowAndRobotsTxtItselfIsAlwaysAllowed() {
        RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow: /page\nAllow: /page\nDisallow: /\n", "X");
        assertTrue(rules.allows("/page"));
        assertFalse(rules.allows("/other"));
        assertTrue(rules.allows("/robots.txt"));
    }

    @Test
    void emptyOrMissingRulesAllowEverythingAndUnreachableDisallowsAll() {
        assertTrue(RobotsRules.parse("", "ExhaustionLab").allows("/a"));
        assertTrue(RobotsRules.parse("User-agent: *\nDisallow:\n", "ExhaustionLab").allows("/a"));
        assertTrue(RobotsRules.ALLOW_ALL.allows("/x"));
        assertFalse(RobotsRules.DISALLOW_ALL.allows("/x"));
        assertTrue(RobotsRules.matches("/a*b", "/a/long/path/b/c"));
        assertFalse(RobotsRules.matches("/a*b$", "/a/long/path/b/c"));
    }
}
