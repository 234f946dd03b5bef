/**
 * A small, polite crawler for example strategies: robots.txt, per-host rate limits, jittered back-off honouring
 * Retry-After, conditional requests from an on-disk cache, a clear user agent, one-line errors; sources for GitHub
 * code search, Reddit JSON listings and public TradingView script pages.
 */
package org.exhaustionlab.meta.crawl;
