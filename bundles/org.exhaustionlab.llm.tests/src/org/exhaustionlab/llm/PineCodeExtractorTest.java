package org.exhaustionlab.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PineCodeExtractorTest {

    static final String SCRIPT = String.join("\n",
            "//@version=5",
            "strategy(\"RSI revert\", overlay=true)",
            "len = input.int(14, \"Length\")",
            "r = ta.rsi(close, len)",
            "",
            "if ta.crossover(r, 30)",
            "    strategy.entry(\"L\", strategy.long)",
            "if ta.crossunder(r, 70)",
            "    strategy.close(\"L\")");

    @Test
    void pineFenceWithProseAround() {
        String answer = "Here is the strategy you asked for:\n\n```pine\n" + SCRIPT + "\n```\n\nIt buys oversold dips.";
        ExtractedPine pine = PineCodeExtractor.extract(answer);
        assertEquals(SCRIPT, pine.code());
        assertEquals(ExtractedPine.Origin.FENCED, pine.origin());
        assertFalse(pine.truncated(), pine.truncationReason());
        assertEquals(1, pine.blockCount());
    }

    @Test
    void pinescriptAndBareFencesAreAccepted() {
        assertEquals(SCRIPT, PineCodeExtractor.extract("```pinescript\n" + SCRIPT + "\n```").code());
        assertEquals(SCRIPT, PineCodeExtractor.extract("```\n" + SCRIPT + "\n```").code());
        assertEquals(SCRIPT, PineCodeExtractor.extract("~~~pine\n" + SCRIPT + "\n~~~").code());
    }

    @Test
    void ofSeveralBlocksTheLastCompleteScriptWinsAndSnippetsAndOtherLanguagesAreIgnored() {
        String first = SCRIPT.replace("RSI revert", "draft");
        String answer = "First try:\n```pine\n" + first + "\n```\nThe key line is:\n```pine\nr = ta.rsi(close, len)\n```\n"
                + "Config:\n```json\n{\"len\": 14}\n```\nCorrected:\n```pine\n" + SCRIPT + "\n```\n";
        ExtractedPine pine = PineCodeExtractor.extract(answer);
        assertEquals(SCRIPT, pine.code());
        assertEquals(4, pine.blockCount());
    }

    @Test
    void blocksThatOnlyTogetherFormTheScriptAreJoinedFromTheHeaderOn() {
        String answer = "Example usage:\n```pine\nplot(close)\n```\nPart 1, the header:\n```pine\n//@version=5\n"
                + "strategy(\"Split\")\n```\nPart 2, the logic:\n```pine\nif close > open\n    strategy.entry(\"L\", "
                + "strategy.long)\n```";
        ExtractedPine pine = PineCodeExtractor.extract(answer);
        assertEquals(ExtractedPine.Origin.JOINED_BLOCKS, pine.origin());
        assertEquals("//@version=5\nstrategy(\"Split\")\n\nif close > open\n    strategy.entry(\"L\", strategy.long)",
                pine.code());
    }

    @Test
    void unfencedCodeBetweenProseIsDelimited() {
        String answer = "Sure! Below is a mean-reversion strategy based on RSI.\n\n" + SCRIPT
                + "\n\nThis strategy enters long when RSI crosses above 30.\n- Exit: RSI below 70";
        ExtractedPine pine = PineCodeExtractor.extract(answer);
        assertEquals(ExtractedPine.Origin.UNFENCED, pine.origin());
        assertEquals(SCRIPT, pine.code());
        assertFalse(pine.truncated());
    }

    @Test
    void unfencedCodeWithoutVersionStartsAtTheDeclarationAndItsCommentHeader() {
        String answer = "Try this:\n// Simple cross\nstrategy(\"X\")\nfast = ta.sma(close, 9)\nNote: tune the period.";
        ExtractedPine pine = PineCodeExtractor.extract(answer);
        assertEquals("// Simple cross\nstrategy(\"X\")\nfast = ta.sma(close, 9)", pine.code());
    }

    @Test
    void reasoningDraftsAreNeverTaken() {
        String answer = "<think>maybe ```pine\n//@version=4\nstudy(\"old\")\n```</think>```pine\n" + SCRIPT + "\n```";
        assertEquals(SCRIPT, PineCodeExtractor.extract(answer).code());
        String lone = "Draft:\n//@version=4\nstudy(\"old\")\n</think>\n" + SCRIPT;
        assertEquals(SCRIPT, PineCodeExtractor.extract(lone).code());
    }

    @Test
    void unclosedFenceIsTruncated() {
        ExtractedPine pine = PineCodeExtractor.extract("```pine\n//@version=5\nstrategy(\"T\")\nx = ta.sma(close, 1");
        assertTrue(pine.truncated());
        assertEquals("the code block is not closed", pine.truncationReason());
        assertEquals("//@version=5\nstrategy(\"T\")\nx = ta.sma(close, 1", pine.code());
    }

    @Test
    void finishReasonLengthIsTruncatedEvenWhenTheCodeLooksWhole() {
        ExtractedPine pine = PineCodeExtractor.extract("```pine\n" + SCRIPT + "\n```", FinishReason.LENGTH);
        assertTrue(pine.truncated());
        assertTrue(pine.truncationReason().contains("token limit"), pine.truncationReason());
    }

    @Test
    void openBracketAtTheEndIsTruncatedButBracketsInStringsAndCommentsAreNot() {
        ExtractedPine cut = PineCodeExtractor.extract("//@version=5\nstrategy(\"T\")\nstrategy.entry(\"L\",");
        assertTrue(cut.truncated());
        assertEquals("the code ends inside an unclosed '('", cut.truncationReason());
        ExtractedPine fine = PineCodeExtractor.extract(
                "```pine\n//@version=5\nstrategy(\"T (\")\nplot(close) // not ( a call\n```");
        assertFalse(fine.truncated(), fine.truncationReason());
    }

    @Test
    void proseOnlyAnswerHasNoCode() {
        ExtractedPine pine = PineCodeExtractor.extract("I cannot write that strategy. Consider using RSI instead.");
        assertFalse(pine.hasCode());
        assertEquals(ExtractedPine.Origin.NONE, pine.origin());
        assertFalse(pine.truncated());
    }

    @Test
    void closingFenceGluedToTheLastLineIsHandled() {
        ExtractedPine pine = PineCodeExtractor.extract("```pine\n//@version=5\nindicator(\"I\")\nplot(close)```\nDone.");
        assertEquals("//@version=5\nindicator(\"I\")\nplot(close)", pine.code());
        assertFalse(pine.truncated());
    }

    @Test
    void crlfLineEndingsAreNormalised() {
        String answer = ("```pine\n" + SCRIPT + "\n```").replace("\n", "\r\n");
        assertEquals(SCRIPT, PineCodeExtractor.extract(answer).code());
    }
}
