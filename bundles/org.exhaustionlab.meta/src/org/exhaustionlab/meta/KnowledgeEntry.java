package org.exhaustionlab.meta;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import org.exhaustionlab.evolution.KnowledgeBase;

/**
 * A strategy in the meta knowledge base.
 *
 * @param id      content hash of the source (16 hex digits): the same code found twice is one entry
 * @param origin  where it came from
 * @param name    human name
 * @param url     where it was found ({@code file:...} for shipped examples, empty for approved ones)
 * @param tags    lower-case tags for prompt selection
 * @param quality the quality score in [0, 1] ({@link QualityScore})
 * @param source  the Pine source
 */
public record KnowledgeEntry(String id, Origin origin, String name, String url, Set<String> tags, double quality,
        String source) {

    /** Where an entry came from; on a near-duplicate tie the earlier origin is kept. */
    public enum Origin {
        APPROVED, EXAMPLE, CRAWLED
    }

    public KnowledgeEntry {
        tags = Set.copyOf(tags);
        url = url == null ? "" : url;
    }

    public static String idOf(String source) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(source.strip().getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As an example the evolution's prompt builder can quote. */
    KnowledgeBase.Example toExample() {
        return new KnowledgeBase.Example(origin.name().toLowerCase(java.util.Locale.ROOT) + ":" + id, name, tags,
                quality, url, source);
    }
}
