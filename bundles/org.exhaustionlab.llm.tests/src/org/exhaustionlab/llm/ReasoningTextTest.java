package org.exhaustionlab.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReasoningTextTest {

    @Test
    void plainAnswerHasNoReasoning() {
        SplitAnswer split = ReasoningText.split("  just the answer \n");
        assertEquals("", split.reasoning());
        assertEquals("just the answer", split.content());
    }

    @Test
    void inlineThinkBlockIsSeparated() {
        SplitAnswer split = ReasoningText.split("<think>\nRSI below 30 means oversold.\n</think>\n\nUse RSI.");
        assertEquals("RSI below 30 means oversold.", split.reasoning());
        assertEquals("Use RSI.", split.content());
    }

    @Test
    void loneClosingTagMakesEverythingBeforeItReasoning() {
        SplitAnswer split = ReasoningText.split("Okay, the user wants a strategy.\nLet me think.\n</think>\n\nHere it is.");
        assertEquals("Okay, the user wants a strategy.\nLet me think.", split.reasoning());
        assertEquals("Here it is.", split.content());
    }

    @Test
    void unclosedThinkMeansCutOffWhileThinking() {
        SplitAnswer split = ReasoningText.split("Intro <think>still thinking about the stop loss");
        assertEquals("still thinking about the stop loss", split.reasoning());
        assertEquals("Intro", split.content());
    }

    @Test
    void separateFieldAndInlineTagsAreBothKeptFieldFirst() {
        SplitAnswer split = ReasoningText.split("field reasoning", "<think>inline</think>answer");
        assertEquals("field reasoning\n\ninline", split.reasoning());
        assertEquals("answer", split.content());
    }

    @Test
    void severalThinkBlocksAreAllRemovedFromTheContent() {
        SplitAnswer split = ReasoningText.split("<think>a</think>first <think>b</think>second");
        assertEquals("a\n\nb", split.reasoning());
        assertEquals("first second", split.content());
    }

    @Test
    void nullTextGivesEmptySplit() {
        SplitAnswer split = ReasoningText.split(null, null);
        assertEquals("", split.reasoning());
        assertEquals("", split.content());
    }
}
