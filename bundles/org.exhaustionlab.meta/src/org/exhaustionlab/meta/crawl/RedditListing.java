package org.exhaustionlab.meta.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Reddit listing in its JSON form (any listing URL with {@code .json}, e.g.
 * {@code https://www.reddit.com/r/TradingView/search.json?q=pine+strategy&restrict_sr=1}):
 * {@code data.children[].data} posts whose {@code selftext} (Markdown, HTML-escaped by Reddit) holds the code in
 * fenced or indented blocks.
 *
 * @param listingUrl the listing's JSON URL
 * @param siteBase   prefix for a post's {@code permalink}, e.g. {@code https://www.reddit.com}
 */
public record RedditListing(String listingUrl, String siteBase) implements CrawlSource {

    public static final String DEFAULT_URL = "https://www.reddit.com/r/TradingView/search.json"
            + "?q=pine%20strategy&restrict_sr=1&sort=top&t=year&limit=50";

    @Override
    public String id() {
        return "reddit";
    }

    @Override
    public List<FoundScript> crawl(HttpFetcher fetcher, int limit, Consumer<String> notices) throws CrawlException {
        JsonNode root = Json.parse(fetcher.get(listingUrl).body(), listingUrl);
        JsonNode children = root.path("data").path("children");
        if (!children.isArray()) {
            throw new CrawlException(CrawlException.Kind.BAD_PAYLOAD, listingUrl
                    + " is not a Reddit listing (no data.children[])");
        }
        List<FoundScript> out = new ArrayList<>();
        for (JsonNode child : children) {
            JsonNode post = child.path("data");
            String text = CodeBlocks.unescapeHtml(post.path("selftext").asText(""));
            String title = post.path("title").asText("untitled post");
            String where = siteBase + post.path("permalink").asText("");
            List<String> blocks = CodeBlocks.fromMarkdown(text);
            for (int i = 0; i < blocks.size() && out.size() < limit; i++) {
                out.add(new FoundScript(id(), where + (blocks.size() > 1 ? "#block" + (i + 1) : ""),
                        title + (blocks.size() > 1 ? " (" + (i + 1) + ")" : ""), blocks.get(i)));
            }
        }
        return out;
    }
}
