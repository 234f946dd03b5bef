package org.exhaustionlab.llm.openai;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.llm.ChatResponse;
import org.exhaustionlab.llm.ChatStreamListener;
import org.exhaustionlab.llm.LlmException;
import org.exhaustionlab.llm.LlmProvider;
import org.exhaustionlab.llm.StreamProgress;

/**
 * Answers offline from a folder written by {@link RecordingProvider}: recorded responses are returned and recorded
 * failures thrown again, so a run can be repeated without a server, a key or cost. Latency and usage are the
 * recorded ones.
 *
 * @implNote Thread-safe. Each recording is used once; a request beyond the recorded ones fails with
 *           {@link LlmException.Kind#REPLAY_MISSING}.
 */
public final class ReplayProvider implements LlmProvider {

    /** How a request finds its recording. */
    public enum Match {
        /** The n-th call gets the n-th recording, whatever it asks: for runs that are deterministic up to the LLM. */
        ORDER,
        /**
         * The recording whose messages hash equals the request's; repeated identical requests get their recordings
         * in order. Survives reordering, e.g. by parallel evaluation.
         */
        MESSAGES_HASH
    }

    private final Path folder;
    private final Match match;
    private final List<Recording> inOrder;
    private final Map<String, Deque<Recording>> byHash = new HashMap<>();
    private int next;
    private int calls;

    private ReplayProvider(Path folder, Match match, List<Recording> recordings) {
        this.folder = folder;
        this.match = match;
        this.inOrder = recordings;
        for (Recording recording : recordings) {
            byHash.computeIfAbsent(recording.hash(), h -> new ArrayDeque<>()).add(recording);
        }
    }

    /** Loads every recording in {@code folder}; fails when the folder is missing, empty or holds a broken file. */
    public static ReplayProvider open(Path folder, Match match) throws LlmException {
        Objects.requireNonNull(match, "match");
        List<Recording> recordings = new ArrayList<>();
        List<Path> files;
        try {
            files = RecordingProvider.recordingFiles(folder);
        } catch (IOException e) {
            throw new LlmException(LlmException.Kind.CONFIGURATION, "cannot read replay folder " + folder + ": "
                    + e.getMessage(), e);
        }
        for (Path file : files) {
            try {
                recordings.add(Recording.fromJson(ChatJson.MAPPER.readTree(file.toFile())));
            } catch (IOException | IllegalArgumentException e) {
                throw new LlmException(LlmException.Kind.CONFIGURATION, "broken recording " + file + ": "
                        + e.getMessage(), e);
            }
        }
        if (recordings.isEmpty()) {
            throw new LlmException(LlmException.Kind.CONFIGURATION, "replay folder " + folder
                    + " holds no recordings (files named 0001-<hash>.json)");
        }
        return new ReplayProvider(folder, match, List.copyOf(recordings));
    }

    @Override
    public String id() {
        return "replay";
    }

    @Override
    public String displayName() {
        return "Replay of " + folder;
    }

    @Override
    public ChatResponse chat(ChatRequest request) throws LlmException {
        return take(request).replay();
    }

    /** Replays the recorded answer as one reasoning and one content event. */
    @Override
    public ChatResponse chatStreaming(ChatRequest request, ChatStreamListener listener) throws LlmException {
        Recording recording = take(request);
        ChatResponse partial = recording.response();
        if (partial != null) {
            if (!partial.reasoning().isEmpty()) {
                listener.onReasoning(partial.reasoning());
            }
            if (!partial.content().isEmpty()) {
                listener.onContent(partial.content());
            }
            listener.onProgress(new StreamProgress(1, partial.reasoning().length(), partial.content().length(), false,
                    partial.latency()));
        }
        return recording.replay();
    }

    @Override
    public boolean isReachable() {
        return true;
    }

    /** The models named in the recordings. */
    @Override
    public List<String> listModels() {
        Set<String> models = new LinkedHashSet<>();
        for (Recording recording : inOrder) {
            if (recording.response() != null && !recording.response().model().isEmpty()) {
                models.add(recording.response().model());
            }
        }
        return List.copyOf(models);
    }

    /** Recordings not used yet. */
    public synchronized int remaining() {
        return match == Match.ORDER ? inOrder.size() - next : byHash.values().stream().mapToInt(Deque::size).sum();
    }

    private synchronized Recording take(ChatRequest request) throws LlmException {
        calls++;
        String hash = Recording.hashOf(request);
        Recording found = null;
        if (match == Match.ORDER) {
            if (next < inOrder.size()) {
                found = inOrder.get(next++);
            }
        } else {
            Deque<Recording> candidates = byHash.get(hash);
            found = candidates == null ? null : candidates.poll();
        }
        if (found == null) {
            throw new LlmException(LlmException.Kind.REPLAY_MISSING, "no recorded answer for request " + calls
                    + " (messages hash " + hash + ") in " + folder + " (" + inOrder.size() + " recordings, matched by "
                    + (match == Match.ORDER ? "order" : "messages hash") + ")");
        }
        return found;
    }

    @Override
    public String toString() {
        return "ReplayProvider[" + folder + ", " + match + "]";
    }
}
