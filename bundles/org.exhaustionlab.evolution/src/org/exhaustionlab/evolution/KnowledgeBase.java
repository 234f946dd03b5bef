package org.exhaustionlab.evolution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The example strategies of {@code pine/examples}: each script's header ({@code // @example-name/-tags/-quality/
 * -summary}) and the quality column of {@code index.tsv} (which wins over the header when both exist). Selects the
 * examples to quote in a prompt by tag overlap with the directive and parent, then by quality.
 *
 * @implNote Immutable and thread-safe once loaded.
 */
public final class KnowledgeBase {

    private static final Pattern HEADER = Pattern.compile("^//\\s*@example-([a-z]+):\\s*(.*)$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*([0-9]*\\.?[0-9]+)");

    /** One example script. */
    public record Example(String file, String name, Set<String> tags, double quality, String summary,
            String source) {
        public Example {
            tags = Set.copyOf(tags);
        }
    }

    public static final KnowledgeBase EMPTY = new KnowledgeBase(List.of());

    private final List<Example> examples;

    KnowledgeBase(List<Example> examples) {
        this.examples = List.copyOf(examples);
    }

    /** A knowledge base of examples curated elsewhere (e.g. the meta bundle's examples + approved + crawled). */
    public static KnowledgeBase of(List<Example> examples) {
        return new KnowledgeBase(examples);
    }

    /** Loads every {@code *.pine} in {@code folder} (the repository's {@code pine/examples}). */
    public static KnowledgeBase load(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("example folder " + folder + " does not exist");
        }
        Map<String, Double> indexQuality = readIndex(folder.resolve("index.tsv"));
        List<Example> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".pine")).sorted().toList();
        }
        for (Path file : files) {
            out.add(parse(file.getFileName().toString(), Files.readString(file), indexQuality));
        }
        return new KnowledgeBase(out);
    }

    static Example parse(String file, String source, Map<String, Double> indexQuality) {
        Map<String, String> header = new HashMap<>();
        for (String line : source.split("\n")) {
            Matcher m = HEADER.matcher(line.strip());
            if (m.matches()) {
                header.putIfAbsent(m.group(1), m.group(2).strip());
            }
        }
        Set<String> tags = tags(header.getOrDefault("tags", ""));
        double quality = indexQuality.getOrDefault(file, number(header.getOrDefault("quality", "")));
        return new Example(file, header.getOrDefault("name", file), tags, quality,
                header.getOrDefault("summary", ""), source);
    }

    private static Map<String, Double> readIndex(Path index) throws IOException {
        Map<String, Double> out = new HashMap<>();
        if (!Files.isRegularFile(index)) {
            return out;
        }
        List<String> lines = Files.readAllLines(index);
        if (lines.isEmpty()) {
            return out;
        }
        List<String> columns = Arrays.asList(lines.get(0).split("\t"));
        int fileCol = columns.indexOf("file");
        int qualityCol = columns.indexOf("quality");
        if (fileCol < 0 || qualityCol < 0) {
            throw new IOException(index + " has no 'file' and 'quality' columns in its header line");
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            if (cells.length > Math.max(fileCol, qualityCol)) {
                out.put(cells[fileCol].strip(), number(cells[qualityCol]));
            }
        }
        return out;
    }

    private static double number(String text) {
        Matcher m = LEADING_NUMBER.matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0.0;
    }

    /** Lower-cased, trimmed, comma-separated tags. */
    static Set<String> tags(String commaSeparated) {
        Set<String> out = new LinkedHashSet<>();
        for (String tag : commaSeparated.split(",")) {
            String t = tag.strip().toLowerCase(Locale.ROOT);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    public List<Example> examples() {
        return examples;
    }

    public boolean isEmpty() {
        return examples.isEmpty();
    }

    /**
     * Up to {@code limit} examples, most relevant first: ranked by the number of {@code wanted} tags they carry,
     * ties by quality, then file name (so the choice is deterministic). Without any tag overlap the best-quality
     * examples are returned.
     */
    public List<Example> select(Collection<String> wanted, int limit) {
        Set<String> want = new LinkedHashSet<>();
        for (String w : wanted) {
            want.add(w.toLowerCase(Locale.ROOT));
        }
        Comparator<Example> order = Comparator.comparingInt((Example e) -> overlap(e, want)).reversed()
                .thenComparing(Comparator.comparingDouble(Example::quality).reversed())
                .thenComparing(Example::file);
        return examples.stream().sorted(order).limit(Math.max(0, limit)).toList();
    }

    /** The example with the highest quality, or null when empty. */
    public Example best() {
        return examples.stream().max(Comparator.comparingDouble(Example::quality)).orElse(null);
    }

    static int overlap(Example e, Set<String> wanted) {
        int n = 0;
        for (String tag : e.tags()) {
            if (wanted.contains(tag)) {
                n++;
            }
        }
        return n;
    }
}
