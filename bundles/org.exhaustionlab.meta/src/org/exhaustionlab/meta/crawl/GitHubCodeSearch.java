package org.exhaustionlab.meta.crawl;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import okhttp3.HttpUrl;

/**
 * GitHub's code search API ({@code GET /search/code?q=...}): each hit's {@code url} is the contents API, whose
 * answer carries the file base64-encoded in {@code content} (or a {@code download_url} for the raw file). Code
 * search requires a token; without one GitHub answers 401 and this source reports it in one line.
 *
 * @param apiBase e.g. {@code https://api.github.com}
 * @param query   e.g. {@code strategy.entry language:"Pine Script"}
 * @param token   a GitHub token, or null
 */
public record GitHubCodeSearch(String apiBase, String query, String token) implements CrawlSource {

    public static final String API = "https://api.github.com";
    public static final String DEFAULT_QUERY = "\"strategy.entry\" \"@version=6\" extension:pine";

    @Override
    public String id() {
        return "github";
    }

    @Override
    public List<FoundScript> crawl(HttpFetcher fetcher, int limit, Consumer<String> notices) throws CrawlException {
        String base = apiBase.endsWith("/") ? apiBase.substring(0, apiBase.length() - 1) : apiBase;
        HttpUrl parsed = HttpUrl.parse(base);
        if (parsed != null) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Accept", "application/vnd.github+json");
            headers.put("X-GitHub-Api-Version", "2022-11-28");
            if (token != null && !token.isBlank()) {
                headers.put("Authorization", "Bearer " + token.strip());
            }
            fetcher.setHostHeaders(parsed.host(), headers);
        }
        String url = base + "/search/code?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&per_page="
                + Math.max(1, Math.min(100, limit));
        JsonNode root = Json.parse(fetcher.get(url).body(), url);
        JsonNode items = root.path("items");
        if (!items.isArray()) {
            throw new CrawlException(CrawlException.Kind.BAD_PAYLOAD, url + " has no items[] array");
        }
        List<FoundScript> out = new ArrayList<>();
        for (JsonNode item : items) {
            if (out.size() >= limit) {
                break;
            }
            String name = item.path("repository").path("full_name").asText("") + "/" + item.path("path").asText(
                    item.path("name").asText("?"));
            try {
                String code = content(fetcher, item);
                if (CodeBlocks.looksLikePine(code)) {
                    out.add(new FoundScript(id(), item.path("html_url").asText(item.path("url").asText()), name,
                            code));
                }
            } catch (CrawlException e) {
                notices.accept("github: skipped " + name + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static String content(HttpFetcher fetcher, JsonNode item) throws CrawlException {
        String contentsUrl = item.path("url").asText("");
        if (contentsUrl.isEmpty()) {
            throw new CrawlException(CrawlException.Kind.BAD_PAYLOAD, "search hit without a url");
        }
        JsonNode file = Json.parse(fetcher.get(contentsUrl).body(), contentsUrl);
        if (file.hasNonNull("content") && "base64".equals(file.path("encoding").asText())) {
            try {
                return new String(Base64.getMimeDecoder().decode(file.get("content").asText()),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new CrawlException(CrawlException.Kind.BAD_PAYLOAD, contentsUrl + ": content is not base64");
            }
        }
        String raw = file.path("download_url").asText("");
        if (raw.isEmpty()) {
            throw new CrawlException(CrawlException.Kind.BAD_PAYLOAD, contentsUrl
                    + " has neither base64 content nor a download_url");
        }
        return fetcher.get(raw).body();
    }
}
