package org.exhaustionlab.meta.crawl;

/** A fetch or parse that failed, with a one-line message naming the URL and what went wrong. */
public final class CrawlException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why it failed: the caller decides whether another source is still worth trying. */
    public enum Kind {
        /** robots.txt disallows the path for our user agent. */
        ROBOTS_DISALLOWED,
        /** HTTP status that retrying does not fix (4xx other than 408/429). */
        HTTP_ERROR,
        /** Still rate limited or failing after every retry, or asked to wait longer than we accept. */
        GAVE_UP,
        /** Connection refused, DNS, timeout, reset. */
        TRANSPORT,
        /** The payload is not the shape the source expects. */
        BAD_PAYLOAD
    }

    private final Kind kind;

    public CrawlException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public CrawlException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
