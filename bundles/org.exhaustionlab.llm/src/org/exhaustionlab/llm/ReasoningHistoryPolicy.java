package org.exhaustionlab.llm;

/** What to do with the reasoning of earlier assistant turns when a conversation is sent again. */
public enum ReasoningHistoryPolicy {
    /** Send only the content. DeepSeek answers HTTP 400 when {@code reasoning_content} is sent back. */
    STRIP,
    /** Send it back as {@code reasoning_content}: some newer thinking models need it to continue tool-call turns. */
    SEND_AS_REASONING_CONTENT
}
