export interface TokenSummary {
  inputTokens: number;
  outputTokens: number;
}

export interface ToolCallSpanContext {
  traceId: string;
  spanId: string;
}
