package org.exhaustionlab.meta.crawl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs the configured sources one after the other. A source that fails as a whole (no token, 401, robots.txt says
 * no, server down) is reported as one notice line and the others still run; scripts found twice (same code) are
 * kept once.
 */
public final class Crawler {

    private final HttpFetcher fetcher;
    private final List<CrawlSource> sources;
    private final int limitPerSource;

    public Crawler(HttpFetcher fetcher, List<CrawlSource> sources, int limitPerSource) {
        this.fetcher = fetcher;
        this.sources = List.copyOf(sources);
        this.limitPerSource = limitPerSource;
    }

    public List<FoundScript> crawl(Consumer<String> notices) {
        List<FoundScript> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (CrawlSource source : sources) {
            try {
                List<FoundScript> found = source.crawl(fetcher, limitPerSource, notices);
                for (FoundScript f : found) {
                    if (seen.add(f.code().strip())) {
                        out.add(f);
                    }
                }
                notices.accept(source.id() + ": " + found.size() + " script(s) found");
            } catch (CrawlException e) {
                notices.accept(source.id() + ": " + e.getMessage());
            }
        }
        return out;
    }
}
