package org.exhaustionlab.meta.crawl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;

/**
 * A local web site played by MockWebServer: scripted responses per path (a queue; the last one repeats), 404 for
 * anything else, every request recorded. Tests never touch the network.
 */
final class Site extends Dispatcher implements AutoCloseable {

    final MockWebServer server = new MockWebServer();
    private final Map<String, Deque<MockResponse>> responses = new HashMap<>();
    final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());

    Site() throws IOException {
        server.setDispatcher(this);
        server.start();
    }

    static MockResponse ok(String body, String... headers) {
        MockResponse.Builder b = new MockResponse.Builder().code(200).body(body);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        return b.build();
    }

    static MockResponse status(int code, String... headers) {
        MockResponse.Builder b = new MockResponse.Builder().code(code).body("");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        return b.build();
    }

    /** Serves these responses for {@code pathAndQuery} in order; the last one for every later request. */
    Site on(String pathAndQuery, MockResponse... answers) {
        responses.put(pathAndQuery, new ArrayDeque<>(List.of(answers)));
        return this;
    }

    String url(String pathAndQuery) {
        return server.url("/").toString().replaceAll("/$", "") + pathAndQuery;
    }

    List<String> paths() {
        synchronized (requests) {
            return requests.stream().map(RecordedRequest::getTarget).toList();
        }
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        Deque<MockResponse> queue = responses.get(request.getTarget());
        if (queue == null) {
            return status(404);
        }
        return queue.size() > 1 ? queue.poll() : queue.peek();
    }

    /** A fetcher with a fake clock (nothing really waits) and, when {@code cache} is given, the disk cache. */
    static HttpFetcher fetcher(FakeTicker clock, Path cache) {
        return new HttpFetcher(new OkHttpClient(), HttpFetcher.DEFAULT_USER_AGENT, new RateLimiter(clock, 1000),
                new Backoff(200, 5000, 3), cache == null ? null : new ResponseCache(cache), clock, 42);
    }

    @Override
    public void close() {
        server.close();
    }
}
