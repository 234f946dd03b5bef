package org.exhaustionlab.meta.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Bodies of earlier responses on disk with their validators ({@code ETag}, {@code Last-Modified}), so a repeated
 * crawl sends {@code If-None-Match} / {@code If-Modified-Since} and a {@code 304 Not Modified} costs the server
 * nothing. One {@code <sha256(url)>.body} and {@code .meta} per URL; both are written to a temporary file and moved
 * into place, so a crash never leaves a half-written entry that looks valid (the meta file is moved last).
 *
 * @implNote Thread-safe for distinct URLs; the crawler fetches one URL at a time.
 */
public final class ResponseCache {

    /** A cached response. */
    public record Entry(String etag, String lastModified, String body) {
    }

    private final Path folder;

    public ResponseCache(Path folder) {
        this.folder = folder;
    }

    /** The cached entry for {@code url}, or null. */
    public Entry lookup(String url) throws IOException {
        String key = key(url);
        Path meta = folder.resolve(key + ".meta");
        Path body = folder.resolve(key + ".body");
        if (!Files.isRegularFile(meta) || !Files.isRegularFile(body)) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            p.load(in);
        }
        if (!url.equals(p.getProperty("url"))) {
            return null; // a hash collision; treat as a miss
        }
        return new Entry(p.getProperty("etag"), p.getProperty("last-modified"),
                Files.readString(body, StandardCharsets.UTF_8));
    }

    /** Stores a response that carries at least one validator. */
    public void store(String url, String etag, String lastModified, String body) throws IOException {
        if (etag == null && lastModified == null) {
            return;
        }
        Files.createDirectories(folder);
        String key = key(url);
        Path bodyTmp = Files.createTempFile(folder, key, ".tmp");
        Files.writeString(bodyTmp, body, StandardCharsets.UTF_8);
        Files.move(bodyTmp, folder.resolve(key + ".body"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        Properties p = new Properties();
        p.setProperty("url", url);
        if (etag != null) {
            p.setProperty("etag", etag);
        }
        if (lastModified != null) {
            p.setProperty("last-modified", lastModified);
        }
        Path metaTmp = Files.createTempFile(folder, key, ".tmp");
        try (OutputStream out = Files.newOutputStream(metaTmp)) {
            p.store(out, null);
        }
        Files.move(metaTmp, folder.resolve(key + ".meta"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    static String key(String url) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(url.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
