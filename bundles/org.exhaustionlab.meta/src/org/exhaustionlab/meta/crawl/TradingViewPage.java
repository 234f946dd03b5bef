package org.exhaustionlab.meta.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Public TradingView script pages ({@code https://www.tradingview.com/script/<id>-<name>/}) of open-source
 * scripts: the code is the text of a {@code <pre>} block, or (pages rendered by script) a JSON string field
 * {@code "source"} in an embedded {@code <script>} that contains a {@code //@version} annotation. The name is the
 * page's {@code <title>}. Only the listed pages are fetched: no link following.
 *
 * @param pageUrls the script pages to read
 */
public record TradingViewPage(List<String> pageUrls) implements CrawlSource {

    private static final Pattern TITLE = Pattern.compile("(?is)<title>(.*?)</title>");
    private static final Pattern JSON_SOURCE = Pattern.compile("\"(?:source|code)\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\")");

    public TradingViewPage {
        pageUrls = List.copyOf(pageUrls);
    }

    @Override
    public String id() {
        return "tradingview";
    }

    @Override
    public List<FoundScript> crawl(HttpFetcher fetcher, int limit, Consumer<String> notices) throws CrawlException {
        List<FoundScript> out = new ArrayList<>();
        for (String url : pageUrls) {
            if (out.size() >= limit) {
                break;
            }
            try {
                String html = fetcher.get(url).body();
                String code = extract(html);
                if (code == null) {
                    notices.accept("tradingview: no open-source code on " + url + " (protected or invite-only?)");
                    continue;
                }
                Matcher t = TITLE.matcher(html);
                String name = t.find() ? CodeBlocks.unescapeHtml(t.group(1).strip()) : url;
                out.add(new FoundScript(id(), url, name, code));
            } catch (CrawlException e) {
                notices.accept("tradingview: " + e.getMessage());
            }
        }
        return out;
    }

    /** The page's Pine code, or null. */
    static String extract(String html) {
        List<String> pre = CodeBlocks.fromHtml(html);
        if (!pre.isEmpty()) {
            return pre.get(0);
        }
        Matcher m = JSON_SOURCE.matcher(html);
        while (m.find()) {
            try {
                String code = Json.MAPPER.readValue(m.group(1), String.class);
                if (code.contains("//@version")) {
                    return code.strip() + "\n";
                }
            } catch (JsonProcessingException ignored) {
                // not a JSON string after all: keep looking
            }
        }
        return null;
    }
}
