/**
 * The language-model provider API, free of any HTTP or JSON library: the
 * {@link org.exhaustionlab.llm.LlmProvider} service, request/response values, provider configuration with presets
 * and quirks, {@link org.exhaustionlab.llm.LlmException}, and the text utilities every caller needs
 * ({@link org.exhaustionlab.llm.ReasoningText} to split off reasoning, {@link org.exhaustionlab.llm.PineCodeExtractor}
 * to find the Pine script in an answer).
 */
package org.exhaustionlab.llm;
