import type { LogLevel } from '@grafana/faro-core';

export interface ConsoleTransportOptions {
  level?: LogLevel;
}
