package org.exhaustionlab.llm;

import java.time.Duration;

/**
 * How far a streamed answer has come, for progress bars on slow local models.
 *
 * @param chunks         stream events with text received so far (servers send about one token per event)
 * @param reasoningChars characters of reasoning received so far
 * @param contentChars   characters of visible answer received so far
 * @param reasoning      true while the model is still reasoning (the last text received was reasoning)
 * @param elapsed        time since the request was sent
 */
public record StreamProgress(int chunks, int reasoningChars, int contentChars, boolean reasoning, Duration elapsed) {
}
