package org.exhaustionlab.llm;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything needed to talk to one OpenAI-compatible server. {@link #toString()} is safe to log: the key appears
 * only as its {@linkplain ApiKeySource#description() source}. Start from {@link ProviderPresets} and adjust with the
 * {@code with...} methods.
 *
 * @param id          stable identifier, e.g. {@code "lmstudio"}
 * @param displayName name used in messages, e.g. {@code "LM Studio"}
 * @param baseUrl     URL that {@code /chat/completions} and {@code /models} are appended to, without trailing slash
 * @param model       default model name; may be empty for servers that serve a single model (llama.cpp)
 * @param apiKey      where the key comes from
 */
public record ProviderConfig(String id, String displayName, String baseUrl, String model, ApiKeySource apiKey,
        Timeouts timeouts, RetryPolicy retry, ProviderQuirks quirks) {

    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[^\\s\"',;]+");
    private static final String REDACTED = "***";

    public ProviderConfig {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("provider id is empty");
        }
        displayName = displayName == null || displayName.isBlank() ? id : displayName.strip();
        baseUrl = normalizeBaseUrl(baseUrl, displayName);
        model = model == null ? "" : model.strip();
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(quirks, "quirks");
    }

    private static String normalizeBaseUrl(String url, String displayName) {
        String trimmed = url == null ? "" : url.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            throw new IllegalArgumentException("base URL of " + displayName + " must start with http:// or https://, got '"
                    + trimmed + "'");
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    /** The base URL with {@code path} appended, e.g. {@code endpoint("/models")}. */
    public String endpoint(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /** "LM Studio at http://localhost:1234/v1": the subject of every error message about this provider. */
    public String describe() {
        return displayName + " at " + baseUrl;
    }

    /**
     * {@code text} with the configured key and any {@code Bearer} token replaced by {@code ***}. Applied to every
     * piece of server-supplied text that goes into an exception message or a log line, because servers sometimes
     * echo request headers in error bodies.
     */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String result = text;
        Optional<String> key = apiKey.resolve();
        if (key.isPresent() && key.get().length() >= 4) {
            result = result.replace(key.get(), REDACTED);
        }
        return BEARER.matcher(result).replaceAll("$1" + REDACTED);
    }

    public ProviderConfig withModel(String newModel) {
        return new ProviderConfig(id, displayName, baseUrl, newModel, apiKey, timeouts, retry, quirks);
    }

    public ProviderConfig withBaseUrl(String newBaseUrl) {
        return new ProviderConfig(id, displayName, newBaseUrl, model, apiKey, timeouts, retry, quirks);
    }

    public ProviderConfig withApiKey(ApiKeySource newApiKey) {
        return new ProviderConfig(id, displayName, baseUrl, model, newApiKey, timeouts, retry, quirks);
    }

    public ProviderConfig withTimeouts(Timeouts newTimeouts) {
        return new ProviderConfig(id, displayName, baseUrl, model, apiKey, newTimeouts, retry, quirks);
    }

    public ProviderConfig withRetry(RetryPolicy newRetry) {
        return new ProviderConfig(id, displayName, baseUrl, model, apiKey, timeouts, newRetry, quirks);
    }

    public ProviderConfig withQuirks(ProviderQuirks newQuirks) {
        return new ProviderConfig(id, displayName, baseUrl, model, apiKey, timeouts, retry, newQuirks);
    }
}
