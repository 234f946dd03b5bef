/**
 * A second {@link org.exhaustionlab.llm.LlmProvider} that speaks Anthropic's Messages API ({@code POST /v1/messages})
 * instead of OpenAI chat completions: {@link org.exhaustionlab.llm.anthropic.AnthropicProvider}, its preset
 * ({@link org.exhaustionlab.llm.anthropic.AnthropicPresets}) and the OSGi service
 * ({@link org.exhaustionlab.llm.anthropic.AnthropicProviderComponent}). Uses OkHttp and Jackson; everything else in
 * this package is package-private.
 */
package org.exhaustionlab.llm.anthropic;
