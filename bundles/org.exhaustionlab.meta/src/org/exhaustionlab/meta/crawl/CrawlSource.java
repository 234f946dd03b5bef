package org.exhaustionlab.meta.crawl;

import java.util.List;

/** One place to look for Pine strategies. */
public interface CrawlSource {

    /** Short id, e.g. {@code github}, {@code reddit}, {@code tradingview}. */
    String id();

    /**
     * Up to {@code limit} scripts. Fails only when the source as a whole cannot be read (its listing); a single
     * unreadable item is skipped and reported through {@code notices}.
     */
    List<FoundScript> crawl(HttpFetcher fetcher, int limit, java.util.function.Consumer<String> notices)
            throws CrawlException;
}
