package org.exhaustionlab.pine.check;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The checker must never throw: broken and half-typed scripts (the editor checks on every keystroke, the LLM loop
 * feeds it anything) get diagnostics, not exceptions. Mutates the golden scripts of the parser and of the checker.
 */
class CheckerRobustnessTest {

    private static final String[] SNIPPETS = {"(", ")", "[", "]", "=", ":=", "=>", "?", ":", ",", ".", "na", "x",
        "ta.sma(", "if ", "\n", "\n    ", "for i = 0 to ", "[a, b] = ", "method m(", "type T\n", "0", "\"s\"",
        "array.new<float>(", ".get(", "switch", " and ", "not ", "=> ", "var ", "1.5", "close[1]"};

    private static List<String> sources() {
        List<String> out = new ArrayList<>();
        for (String name : CheckGoldenTest.goldenFiles()) {
            out.add(CheckGoldenTest.read("golden/" + name));
        }
        String parserIndex = CheckGoldenTest.read("/org/exhaustionlab/pine/golden/index.txt");
        parserIndex.lines().map(String::strip).filter(l -> l.endsWith(".pine"))
                .forEach(n -> out.add(CheckGoldenTest.read("/org/exhaustionlab/pine/golden/" + n)));
        return out;
    }

    @Test
    void mutatedScriptsNeverBreakTheChecker() {
        List<String> sources = sources();
        assertTrue(sources.size() >= 10, "golden scripts found: " + sources.size());
        Random random = new Random(42);
        int checked = 0;
        for (String source : sources) {
            for (int i = 0; i < 60; i++) {
                String mutated = mutate(source, random);
                try {
                    CheckResult r = PineChecker.check(mutated, "fuzz.pine");
                    assertNotNull(r.model());
                    assertNoInternalFailure(r, mutated);
                    checked++;
                } catch (RuntimeException | StackOverflowError e) {
                    fail("checker threw " + e + " on:\n" + mutated, e);
                }
            }
        }
        assertTrue(checked > 500);
    }

    @Test
    void everyPrefixOfAScriptChecks() {
        for (String source : sources()) {
            for (int end = 0; end <= source.length(); end += 7) {
                CheckResult r = PineChecker.check(source.substring(0, end), "prefix.pine");
                assertNotNull(r.model());
                assertNoInternalFailure(r, source.substring(0, end));
            }
        }
    }

    private static void assertNoInternalFailure(CheckResult r, String source) {
        r.diagnostics().stream().filter(d -> d.code().equals("checker.internal")).findFirst()
                .ifPresent(d -> fail(d.message() + " on:\n" + source));
    }

    private static String mutate(String source, Random random) {
        StringBuilder b = new StringBuilder(source);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(3)) {
                case 0 -> b.insert(at, SNIPPETS[random.nextInt(SNIPPETS.length)]);
                case 1 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(6)));
                default -> {
                    int from = random.nextInt(b.length());
                    int len = Math.min(12, b.length() - from);
                    b.insert(at, b.substring(from, from + len));
                }
            }
        }
        return b.toString();
    }
}
