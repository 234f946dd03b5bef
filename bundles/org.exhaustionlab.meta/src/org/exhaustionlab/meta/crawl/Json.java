package org.exhaustionlab.meta.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Parses an API payload, turning a malformed one into a one-line {@link CrawlException}. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static JsonNode parse(String text, String url) throws CrawlException {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new CrawlException(CrawlException.Kind.BAD_PAYLOAD, url + " did not answer with JSON: "
                    + e.getOriginalMessage());
        }
    }
}
