package org.exhaustionlab.llm.openai;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.llm.ChatResponse;
import org.exhaustionlab.llm.ChatStreamListener;
import org.exhaustionlab.llm.LlmException;
import org.exhaustionlab.llm.LlmProvider;

/**
 * Passes requests to another provider and saves each exchange (request plus response or failure) as a JSON file in
 * a folder, so a run can be repeated offline with {@link ReplayProvider}. Recording into a folder that already holds
 * recordings continues their numbering.
 *
 * @implNote Thread-safe; call numbers are assigned when a call starts.
 */
public final class RecordingProvider implements LlmProvider {

    private final LlmProvider delegate;
    private final Path folder;
    private final AtomicInteger lastIndex;

    private RecordingProvider(LlmProvider delegate, Path folder, int lastIndex) {
        this.delegate = delegate;
        this.folder = folder;
        this.lastIndex = new AtomicInteger(lastIndex);
    }

    /** Records the exchanges of {@code delegate} into {@code folder}, which is created when missing. */
    public static RecordingProvider create(LlmProvider delegate, Path folder) throws LlmException {
        Objects.requireNonNull(delegate, "delegate");
        try {
            Files.createDirectories(folder);
            int last = 0;
            for (Path file : recordingFiles(folder)) {
                last = Math.max(last, Integer.parseInt(file.getFileName().toString().substring(0, 4)));
            }
            return new RecordingProvider(delegate, folder, last);
        } catch (IOException e) {
            throw new LlmException(LlmException.Kind.CONFIGURATION, "cannot use " + folder
                    + " as a recording folder: " + e.getMessage(), e);
        }
    }

    /** Files named like recordings ({@code 0001-<hash>.json}), sorted by name, i.e. by call number. */
    static List<Path> recordingFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("\\d{4,}-[0-9a-f]+\\.json")).sorted().toList();
        }
    }

    public Path folder() {
        return folder;
    }

    @Override
    public String id() {
        return delegate.id();
    }

    @Override
    public String displayName() {
        return delegate.displayName();
    }

    @Override
    public ChatResponse chat(ChatRequest request) throws LlmException {
        return record(request, ChatStreamListener.NONE, false);
    }

    @Override
    public ChatResponse chatStreaming(ChatRequest request, ChatStreamListener listener) throws LlmException {
        return record(request, listener, true);
    }

    @Override
    public boolean isReachable() {
        return delegate.isReachable();
    }

    @Override
    public List<String> listModels() throws LlmException {
        return delegate.listModels();
    }

    private ChatResponse record(ChatRequest request, ChatStreamListener listener, boolean stream)
            throws LlmException {
        int index = lastIndex.incrementAndGet();
        String hash = Recording.hashOf(request);
        ChatResponse response;
        try {
            response = stream ? delegate.chatStreaming(request, listener) : delegate.chat(request);
        } catch (LlmException e) {
            save(new Recording(index, hash, request, e.partialResponse().orElse(null),
                    new Recording.Failure(e.kind(), e.getMessage(), e.httpStatus())));
            throw e;
        }
        save(new Recording(index, hash, request, response, null));
        return response;
    }

    /** Writes to a temporary file first so a crash never leaves a half-written recording behind. */
    private void save(Recording recording) throws LlmException {
        Path target = folder.resolve(recording.fileName());
        Path temp = folder.resolve(recording.fileName() + ".tmp");
        try {
            Files.writeString(temp, recording.toJson(), StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new LlmException(LlmException.Kind.CONFIGURATION, "cannot write recording " + target + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "RecordingProvider[" + delegate + " -> " + folder + "]";
    }
}
