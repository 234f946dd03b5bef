package org.exhaustionlab.pine.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exhaustionlab.pine.check.LookAheadLint.Finding;
import org.exhaustionlab.pine.check.LookAheadLint.Strictness;
import org.junit.jupiter.api.Test;

class LookAheadLintTest {
    private static final String SCRIPT = String.join("\n",
            "//@version=6",
            "indicator(\"l\")",
            "peek = request.security(syminfo.tickerid, \"D\", close, lookahead = barmerge.lookahead_on)",
            "safe = request.security(syminfo.tickerid, \"D\", close[1], lookahead = barmerge.lookahead_on)",
            "pos = request.security(syminfo.tickerid, \"D\", high, barmerge.gaps_off, barmerge.lookahead_on)",
            "off = request.security(syminfo.tickerid, \"D\", low, lookahead = barmerge.lookahead_off)",
            "plot(peek + safe + pos + off)",
            "");

    @Test
    void peekingFindsOnlyUsesThatReadTheFuture() {
        List<Finding> found = LookAheadLint.find(SCRIPT, Strictness.PEEKING);
        assertEquals(List.of(3, 5), found.stream().map(f -> f.range().startLine()).toList());
        assertTrue(found.stream().allMatch(Finding::peeking));
        assertTrue(found.get(0).message().startsWith("line 3: request.security with barmerge.lookahead_on"));
    }

    @Test
    void anyAlsoFindsTheSafeIdiom() {
        List<Finding> found = LookAheadLint.find(SCRIPT, Strictness.ANY);
        assertEquals(List.of(3, 4, 5), found.stream().map(f -> f.range().startLine()).toList());
        assertFalse(found.get(1).peeking());
    }

    @Test
    void cleanScriptsHaveNoFindings() {
        assertTrue(LookAheadLint.find("//@version=6\nindicator(\"c\")\nplot(close)\n", Strictness.ANY).isEmpty());
    }
}
