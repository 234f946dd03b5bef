package org.exhaustionlab.llm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where an API key comes from. The key itself is looked up only when a request is sent and is never part of
 * {@link #toString()} or {@link #description()}, so configurations can be logged safely.
 */
public final class ApiKeySource {

    private static final ApiKeySource NONE = new ApiKeySource("no API key", Optional::empty);

    private final String description;
    private final Supplier<Optional<String>> lookup;

    private ApiKeySource(String description, Supplier<Optional<String>> lookup) {
        this.description = description;
        this.lookup = lookup;
    }

    /** No key: local servers that do not check one. */
    public static ApiKeySource none() {
        return NONE;
    }

    /** The first of the named environment variables that is set and not blank, read at each request. */
    public static ApiKeySource fromEnvironment(String... variableNames) {
        return fromEnvironment(System::getenv, variableNames);
    }

    /** As {@link #fromEnvironment(String...)} with a custom environment, for tests and launch configurations. */
    public static ApiKeySource fromEnvironment(Function<String, String> environment, String... variableNames) {
        Objects.requireNonNull(environment, "environment");
        List<String> names = List.of(variableNames);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("name at least one environment variable for the API key");
        }
        String description = (names.size() == 1 ? "environment variable " : "environment variables ")
                + String.join(" / ", names);
        return new ApiKeySource(description, () -> names.stream()
                .map(environment)
                .filter(value -> value != null && !value.isBlank())
                .map(String::strip)
                .findFirst());
    }

    /**
     * A key supplied by other code, e.g. a secure store.
     *
     * @param description where the key comes from, shown in error messages (must not contain the key)
     */
    public static ApiKeySource from(String description, Supplier<Optional<String>> supplier) {
        Objects.requireNonNull(supplier, "supplier");
        return new ApiKeySource(Objects.requireNonNull(description, "description"), supplier);
    }

    /** A fixed key (tests, keys typed into a dialog). */
    public static ApiKeySource literal(String key) {
        Optional<String> value = Optional.ofNullable(key).filter(k -> !k.isBlank()).map(String::strip);
        return new ApiKeySource("a configured API key", () -> value);
    }

    /** Looks the key up now; empty when none is configured. The result must not be logged. */
    public Optional<String> resolve() {
        Optional<String> key = lookup.get();
        return key == null ? Optional.empty() : key;
    }

    /** Where the key comes from, e.g. {@code "environment variable DEEPSEEK_API_KEY"}; safe to show. */
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }
}
