package org.exhaustionlab.evolution;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.exhaustionlab.llm.ChatRequest;
import org.exhaustionlab.llm.LlmProvider;
import org.exhaustionlab.llm.openai.RecordingProvider;
import org.exhaustionlab.market.BarSeries;

/**
 * The replay set: realistic model answers ({@code replay/answers/*.txt}, written by hand) and their recordings
 * ({@code replay/recordings/<scenario>/0001-<hash>.json}, RecordingProvider's format) made by running each scenario
 * through the generation loop. {@link #main} rewrites the recordings after the answers or the prompts changed:
 * {@code java ... org.exhaustionlab.evolution.ReplaySet <tests src>/org/exhaustionlab/evolution/replay}.
 */
final class ReplaySet {

    private ReplaySet() {
    }

    /**
     * The prompt every scenario starts with: the same for all (the answers differ, as from different models or
     * seeds), without examples so the recordings stay small and readable. The description is not sent.
     */
    static ChatRequest request(String description) {
        return new PromptBuilder(KnowledgeBase.EMPTY, Directive.of("A long/short strategy for hourly crypto data "
                + "with regular trades and a moderate drawdown.", List.of())).generate();
    }

    static GenerationResult run(LlmProvider provider, BarSeries bars, String name, String description) {
        return new StrategyGenerator(provider, bars, StrategyGenerator.DEFAULT_REPAIR_ATTEMPTS)
                .generate(request(description), name, new Lineage(List.of(), "generate", 1, 0));
    }

    /** The replay folder: next to the compiled test classes, else the tests' source folder; null when absent. */
    static Path folder() {
        URL url = ReplaySet.class.getResource("replay/answers");
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI()).getParent();
            } catch (URISyntaxException e) {
                // fall through to the source folder
            }
        }
        for (String c : List.of("src/org/exhaustionlab/evolution/replay",
                "../org.exhaustionlab.evolution.tests/src/org/exhaustionlab/evolution/replay",
                "bundles/org.exhaustionlab.evolution.tests/src/org/exhaustionlab/evolution/replay")) {
            if (Files.isDirectory(Path.of(c, "answers"))) {
                return Path.of(c);
            }
        }
        return null;
    }

    static List<Path> list(Path folder, boolean directories) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> directories ? Files.isDirectory(p) : p.toString().endsWith(".txt")).sorted()
                    .toList();
        }
    }

    public static void main(String[] args) throws Exception {
        Path replay = Path.of(args[0]);
        BarSeries bars = TestData.bars();
        List<String> lines = new ArrayList<>();
        for (Path file : list(replay.resolve("answers"), false)) {
            ScriptedModel model = ScriptedModel.load(file);
            String name = file.getFileName().toString().replace(".txt", "");
            Path target = replay.resolve("recordings").resolve(name);
            if (Files.isDirectory(target)) {
                for (Path old : list(target, false)) {
                    Files.delete(old);
                }
                try (Stream<Path> s = Files.list(target)) {
                    for (Path old : s.toList()) {
                        Files.delete(old);
                    }
                }
            }
            String description = ScriptedModel.description(Files.readString(file));
            GenerationResult r = run(RecordingProvider.create(model, target), bars, name, description);
            lines.add(name + ": " + r.status() + " " + r.attempts().stream().map(a -> a.problem().name())
                    .toList() + (model.used() < model.answerCount() ? " UNUSED ANSWERS " + (model.answerCount()
                            - model.used()) : "") + " | " + r.message());
        }
        lines.forEach(System.out::println);
    }
}
