package org.exhaustionlab.meta.crawl;

/**
 * Pine code found on the web, not yet checked.
 *
 * @param source which source found it, e.g. {@code github}
 * @param url    where it was found (for attribution and de-duplication)
 * @param name   a human name: file name, post title or script title
 * @param code   the Pine source as published
 */
public record FoundScript(String source, String url, String name, String code) {
}
