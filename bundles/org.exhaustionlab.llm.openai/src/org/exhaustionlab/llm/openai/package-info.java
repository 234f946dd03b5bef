/**
 * The OpenAI-compatible chat-completions client ({@link org.exhaustionlab.llm.openai.OpenAiCompatibleProvider}) and
 * the offline recorder/replayer ({@link org.exhaustionlab.llm.openai.RecordingProvider},
 * {@link org.exhaustionlab.llm.openai.ReplayProvider}). Uses OkHttp and Jackson; everything else in this package is
 * package-private.
 */
package org.exhaustionlab.llm.openai;
