import type { Mechanism } from './mechanism';
import type { Stacktrace } from './stacktrace';

/** JSDoc */
export interface Exception {
  type?: string;
  value?: string;
  mechanism?: Mechanism;
  module?: string;
  thread_id?: number | string;
  stacktrace?: Stacktrace;
}
