package org.exhaustionlab.llm;

import java.util.ArrayList;
import java.util.List;

/**
 * Pulls the Pine script out of a model's answer, whatever shape the answer has:
 * <ul>
 * <li>reasoning ({@code <think>} tags or a lone {@code </think>}) is removed first, so draft code the model wrote
 * while thinking is never taken;</li>
 * <li>fenced blocks ({@code ```pine}, {@code ```pinescript}, {@code ```} without language, {@code ~~~}): of several
 * blocks the last complete script wins (models put the corrected version last); when no block is complete on its
 * own but one starts the script, that block and the Pine blocks after it are joined in order;</li>
 * <li>no fence: the code region from {@code //@version} or the declaration to the first prose line;</li>
 * <li>truncation: an unclosed fence, {@code finish_reason: "length"}, or code ending in an open bracket/string.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class PineCodeExtractor {

    private PineCodeExtractor() {
    }

    /** Extracts the code of a complete response, using its finish reason for truncation. */
    public static ExtractedPine extract(ChatResponse response) {
        return extract(response.content(), response.finishReason());
    }

    public static ExtractedPine extract(String answer) {
        return extract(answer, FinishReason.UNKNOWN);
    }

    public static ExtractedPine extract(String answer, FinishReason finishReason) {
        String content = ReasoningText.split(answer).content();
        List<String> lines = List.of(content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        List<FencedBlocks.Block> blocks = FencedBlocks.parse(lines);
        String limitReason = finishReason == FinishReason.LENGTH ? "the answer hit the token limit (finish_reason "
                + "length)" : "";

        List<FencedBlocks.Block> pine = new ArrayList<>();
        for (FencedBlocks.Block block : blocks) {
            boolean pineByLanguage = PineShape.isPineLanguage(block.language());
            boolean pineByContent = block.language().isEmpty() ? PineShape.looksLikePine(block.code())
                    : PineShape.isCompleteScript(block.code());
            if (!block.code().isEmpty() && (pineByLanguage || pineByContent)) {
                pine.add(block);
            }
        }
        if (!pine.isEmpty()) {
            return fromBlocks(pine, blocks.size(), limitReason);
        }
        String code = UnfencedCode.find(lines);
        if (code.isEmpty()) {
            boolean openFence = !blocks.isEmpty() && !blocks.get(blocks.size() - 1).closed();
            String reason = !limitReason.isEmpty() ? limitReason : openFence ? "a code block is not closed" : "";
            return ExtractedPine.none(!reason.isEmpty(), reason, blocks.size());
        }
        return result(code, ExtractedPine.Origin.UNFENCED, true, limitReason, 0);
    }

    private static ExtractedPine fromBlocks(List<FencedBlocks.Block> pine, int blockCount, String limitReason) {
        for (int i = pine.size() - 1; i >= 0; i--) {
            if (PineShape.isCompleteScript(pine.get(i).code())) {
                return result(pine.get(i).code(), ExtractedPine.Origin.FENCED, pine.get(i).closed(), limitReason,
                        blockCount);
            }
        }
        int first = -1;
        for (int i = 0; i < pine.size(); i++) {
            if (PineShape.hasHeader(pine.get(i).code())) {
                first = i;
                break;
            }
        }
        if (first >= 0 && first < pine.size() - 1) {
            List<String> parts = new ArrayList<>();
            for (FencedBlocks.Block block : pine.subList(first, pine.size())) {
                parts.add(block.code());
            }
            FencedBlocks.Block last = pine.get(pine.size() - 1);
            return result(String.join("\n\n", parts), ExtractedPine.Origin.JOINED_BLOCKS, last.closed(), limitReason,
                    blockCount);
        }
        // Only fragments (e.g. a repair answer showing the changed lines): the longest one is the best guess.
        FencedBlocks.Block longest = pine.get(0);
        for (FencedBlocks.Block block : pine) {
            if (block.code().length() > longest.code().length()) {
                longest = block;
            }
        }
        return result(longest.code(), ExtractedPine.Origin.FENCED, longest.closed(), limitReason, blockCount);
    }

    private static ExtractedPine result(String code, ExtractedPine.Origin origin, boolean fenceClosed,
            String limitReason, int blockCount) {
        String reason = limitReason;
        if (reason.isEmpty() && !fenceClosed) {
            reason = "the code block is not closed";
        }
        if (reason.isEmpty()) {
            reason = PineShape.unbalancedEnding(code);
        }
        return new ExtractedPine(code, origin, !reason.isEmpty(), reason, blockCount);
    }
}
