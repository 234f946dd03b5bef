package org.exhaustionlab.pine;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.exhaustionlab.pine.ast.AstPrinter;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mutations of the valid golden scripts (deleted, inserted, duplicated and swapped text, truncation,
 * indentation changes): the parser must return a result for every input, never throw, keep its tree invariants,
 * and finish each input well within a hang-guard ceiling.
 */
class FuzzTest {

    private static final int INPUTS_PER_SCRIPT = 400;
    private static final long CEILING_NANOS = 2_000_000_000L;

    @Test
    void mutatedScriptsNeverBreakTheParser() {
        List<String> names = GoldenScripts.validNames();
        int inputs = 0;
        long slowest = 0;
        for (int f = 0; f < names.size(); f++) {
            String original = GoldenScripts.read(names.get(f));
            Mutator mutator = new Mutator(1_000L * f + 7);
            for (int i = 0; i < INPUTS_PER_SCRIPT; i++) {
                String input = mutator.mutate(original);
                long t0 = System.nanoTime();
                ParseResult result;
                try {
                    result = PineParser.parse(input);
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError("parser threw on mutation " + i + " of " + names.get(f) + ":\n"
                            + input, e);
                }
                long took = System.nanoTime() - t0;
                slowest = Math.max(slowest, took);
                if (took > CEILING_NANOS) {
                    fail("parsing took " + took / 1_000_000 + " ms on mutation " + i + " of " + names.get(f));
                }
                assertNotNull(result.script());
                TreeInvariants.check(input, result, false);
                assertNotNull(AstPrinter.print(result.script()));
                inputs++;
            }
        }
        assertTrue(inputs >= 3_000, "fuzzed inputs: " + inputs);
        System.out.printf("fuzz: %d inputs, slowest %.1f ms%n", inputs, slowest / 1e6);
    }
}
