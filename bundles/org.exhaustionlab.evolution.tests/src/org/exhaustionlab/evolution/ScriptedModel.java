package org.exhaustionlab.evolution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.llm.ChatResponse;
import org.exhaustionlab.llm.ChatStreamListener;
import org.exhaustionlab.llm.FinishReason;
import org.exhaustionlab.llm.LlmException;
import org.exhaustionlab.llm.LlmProvider;
import org.exhaustionlab.llm.ReasoningText;
import org.exhaustionlab.llm.SplitAnswer;
import org.exhaustionlab.llm.Usage;

/**
 * A model that gives scripted answers in order, shaped as an OpenAI-compatible provider returns them: reasoning
 * split from the content, a {@code length} finish thrown as {@link LlmException.Kind#TRUNCATED} with the partial
 * answer. Used to write the replay set (through {@code RecordingProvider}).
 *
 * <p>Scenario files: a {@code # description} line, then answers each introduced by {@code === answer ===} or
 * {@code === answer (length) ===}.
 */
final class ScriptedModel implements LlmProvider {

    /** One scripted answer. */
    record Answer(String text, FinishReason finish) {
    }

    private final String name;
    private final List<Answer> answers;
    private int next;

    ScriptedModel(String name, List<Answer> answers) {
        this.name = name;
        this.answers = List.copyOf(answers);
    }

    static ScriptedModel parse(String name, String scenario) {
        List<Answer> answers = new ArrayList<>();
        StringBuilder current = null;
        FinishReason finish = FinishReason.STOP;
        for (String line : scenario.split("\n", -1)) {
            if (line.startsWith("=== answer")) {
                if (current != null) {
                    answers.add(new Answer(current.toString().strip(), finish));
                }
                current = new StringBuilder();
                finish = line.contains("(length)") ? FinishReason.LENGTH : FinishReason.STOP;
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (current != null) {
            answers.add(new Answer(current.toString().strip(), finish));
        }
        return new ScriptedModel(name, answers);
    }

    static ScriptedModel load(Path file) throws IOException {
        String name = file.getFileName().toString().replace(".txt", "");
        return parse(name, Files.readString(file, StandardCharsets.UTF_8));
    }

    static String description(String scenario) {
        String first = scenario.lines().findFirst().orElse("");
        return first.startsWith("#") ? first.substring(1).strip() : "";
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    int answerCount() {
        return answers.size();
    }

    synchronized int used() {
        return next;
    }

    @Override
    public String id() {
        return "scripted";
    }

    @Override
    public String displayName() {
        return "Scripted model " + name;
    }

    @Override
    public synchronized ChatResponse chat(ChatRequest request) throws LlmException {
        if (next >= answers.size()) {
            throw new LlmException(LlmException.Kind.REPLAY_MISSING, name + " has no answer " + (next + 1));
        }
        Answer a = answers.get(next++);
        SplitAnswer split = ReasoningText.split(a.text());
        ChatResponse response = new ChatResponse(split.content(), split.reasoning(), a.finish(),
                new Usage(1200, Math.max(1, a.text().length() / 4), split.reasoning().length() / 4),
                Duration.ofMillis(800L + a.text().length()), "deepseek-r1-distill-qwen-7b");
        if (a.finish() == FinishReason.LENGTH) {
            throw new LlmException(LlmException.Kind.TRUNCATED, "the answer hit the token limit "
                    + "(finish_reason length)", 0, response, null);
        }
        return response;
    }

    @Override
    public ChatResponse chatStreaming(ChatRequest request, ChatStreamListener listener) throws LlmException {
        return chat(request);
    }

    @Override
    public boolean isReachable() {
        return true;
    }
}
