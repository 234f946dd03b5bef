package org.exhaustionlab.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ThinkTagStreamSplitterTest {

    private final StringBuilder reasoning = new StringBuilder();
    private final StringBuilder content = new StringBuilder();

    private void route(List<ThinkTagStreamSplitter.Segment> segments) {
        for (ThinkTagStreamSplitter.Segment s : segments) {
            (s.reasoning() ? reasoning : content).append(s.text());
        }
    }

    @Test
    void tagsSplitAcrossChunksAreRecognised() {
        ThinkTagStreamSplitter splitter = new ThinkTagStreamSplitter();
        for (String chunk : List.of("<th", "ink>plan ", "the entry</thi", "nk>", "plot(", "close)")) {
            route(splitter.feed(chunk));
        }
        route(splitter.finish());
        assertEquals("plan the entry", reasoning.toString());
        assertEquals("plot(close)", content.toString());
        assertEquals(14, splitter.reasoningChars());
        assertEquals(11, splitter.contentChars());
        assertFalse(splitter.inReasoning());
    }

    @Test
    void stateIsReasoningWhileInsideTheTag() {
        ThinkTagStreamSplitter splitter = new ThinkTagStreamSplitter();
        route(splitter.feed("<think>hmm"));
        assertTrue(splitter.inReasoning());
        assertEquals("hmm", reasoning.toString());
    }

    @Test
    void loneCloseMovesEarlierContentIntoTheReasoningCount() {
        ThinkTagStreamSplitter splitter = new ThinkTagStreamSplitter();
        List<ThinkTagStreamSplitter.Segment> all = new ArrayList<>();
        for (String chunk : List.of("I should", " use RSI", "</think>", "answer")) {
            all.addAll(splitter.feed(chunk));
        }
        all.addAll(splitter.finish());
        assertEquals(16, splitter.reasoningChars());
        assertEquals(6, splitter.contentChars());
        assertEquals("answer", all.get(all.size() - 1).text());
    }

    @Test
    void lessThanSignThatIsNoTagIsReleasedAtTheEnd() {
        ThinkTagStreamSplitter splitter = new ThinkTagStreamSplitter();
        route(splitter.feed("a <"));
        assertEquals("a ", content.toString());
        route(splitter.feed(" b"));
        route(splitter.finish());
        assertEquals("a < b", content.toString());
    }
}
