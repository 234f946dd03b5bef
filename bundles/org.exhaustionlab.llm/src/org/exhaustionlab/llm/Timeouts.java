package org.exhaustionlab.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * Network time limits of one provider.
 *
 * @param connect time to open the connection; short, because local servers are either up or not
 * @param read    longest silence between two bytes; must cover the time to the first token (prompt processing
 *                on a local CPU model can take minutes)
 * @param call    limit for a whole request including retries and streaming; a request's own timeout overrides it
 */
public record Timeouts(Duration connect, Duration read, Duration call) {

    /** Hosted APIs: fast first token, reasoning models may still think for minutes. */
    public static final Timeouts HOSTED = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(120),
            Duration.ofMinutes(10));
    /** Local servers: connect is instant or refused; CPU generations are slow. */
    public static final Timeouts LOCAL = new Timeouts(Duration.ofSeconds(3), Duration.ofMinutes(5),
            Duration.ofMinutes(30));

    public Timeouts {
        requirePositive(connect, "connect");
        requirePositive(read, "read");
        requirePositive(call, "call");
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " timeout must be positive, got " + duration);
        }
    }
}
