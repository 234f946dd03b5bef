package org.exhaustionlab.meta;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.exhaustionlab.evolution.KnowledgeBase;
import org.exhaustionlab.meta.crawl.Crawler;
import org.exhaustionlab.meta.crawl.FoundScript;

/**
 * The knowledge base a meta run quotes from: the shipped examples, the strategies the user approved and the ones
 * crawled from the web, each checked, backtested and quality-scored by the {@link KnowledgeCurator}, near-duplicates
 * removed. Approved and crawled entries live in the store, so a crawl is done once and survives restarts.
 */
public final class MetaKnowledge {

    private MetaKnowledge() {
    }

    /**
     * Crawls (when {@code crawler} is not null), admits what passes the curator, and returns the curated knowledge
     * base of examples + approved + crawled entries.
     */
    public static KnowledgeBase assemble(MetaDatabase db, KnowledgeBase examples, KnowledgeCurator curator,
            Crawler crawler, Consumer<String> notices) throws IOException {
        if (crawler != null) {
            List<KnowledgeEntry> admitted = new ArrayList<>();
            for (FoundScript f : crawler.crawl(notices)) {
                KnowledgeCurator.Assessment a = curator.assess(KnowledgeEntry.Origin.CRAWLED, f.name(), f.url(),
                        f.code());
                if (a.accepted()) {
                    admitted.add(a.entry());
                } else {
                    notices.accept("crawled script rejected: " + a.rejection());
                }
            }
            db.saveKnowledge(admitted);
            notices.accept("knowledge base: " + admitted.size() + " crawled script(s) admitted");
        }
        List<KnowledgeEntry> all = new ArrayList<>(KnowledgeCurator.fromExamples(examples));
        all.addAll(db.knowledge());
        List<KnowledgeEntry> curated = curator.dedupe(all);
        Map<KnowledgeEntry.Origin, Integer> counts = new EnumMap<>(KnowledgeEntry.Origin.class);
        curated.forEach(e -> counts.merge(e.origin(), 1, Integer::sum));
        notices.accept("knowledge base: " + curated.size() + " strategies after removing near-duplicates "
                + counts.toString().toLowerCase(java.util.Locale.ROOT));
        return KnowledgeCurator.toKnowledgeBase(curated);
    }

    /** Adds a strategy the user approves; returns the assessment (rejected ones are not saved). */
    public static KnowledgeCurator.Assessment approve(MetaDatabase db, KnowledgeCurator curator, String name,
            String source) throws IOException {
        KnowledgeCurator.Assessment a = curator.assess(KnowledgeEntry.Origin.APPROVED, name, "", source);
        if (a.accepted()) {
            db.saveKnowledge(List.of(a.entry()));
        }
        return a;
    }
}
