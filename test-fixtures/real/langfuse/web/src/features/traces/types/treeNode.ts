/**
 * Core types for trace component tree structure.
 *
 * TreeNode: Unified node type representing both traces and observations in a hierarchical tree.
 * TraceSearchListItem: Flattened representation of tree nodes for search/list views.
 */

import { type ObservationType } from "@langfuse/shared";
import type Decimal from "decimal.js";

/**
 * Unified tree node type for trace tree component.
 * Represents both TRACE root nodes and OBSERVATION child nodes.
 */
export type TreeNode = {
  id: string;
  type: "TRACE" | ObservationType;
  name: string;
  startTime: Date;
  endTime?: Date | null;
  level?: string;
  children: TreeNode[];
  // Token usage
  inputUsage?: number | null;
  outputUsage?: number | null;
  totalUsage?: number | null;
  // Per-node cost from API
  calculatedInputCost?: number | null;
  calculatedOutputCost?: number | null;
  calculatedTotalCost?: number | null;
  // Pre-computed cost for this node + all descendants
  // Calculated bottom-up during tree construction for O(1) access
  totalCost?: Decimal;
  // Duration in seconds. Set on TRACE wrapper nodes (v3) or root observation nodes (v4 events-based traces).
  latency?: number;
  // Wall-clock duration of this node's subtree, in milliseconds:
  // max(end time) − min(start time) across this node and ALL its descendants.
  // Calculated bottom-up during tree construction (mirrors totalCost). Lets the UI
  // surface async children that outlive their parent span, whose own
  // (endTime − startTime) badge would otherwise understate the real elapsed time.
  // Undefined on TRACE wrapper nodes (which already render trace-level latency).
  subtreeWallClockDurationMs?: number;
  // Observation-specific properties (when type !== 'TRACE')
  parentObservationId?: string | null;
  traceId?: string;
  // Temporal and structural properties
  /** Milliseconds from trace start to this node's start time */
  startTimeSinceTrace: number;
  /** Milliseconds from parent's start to this node's start (null for root observations or trace root) */
  startTimeSinceParentStart: number | null;
  /** Tree depth: -1 for trace root, 0 for root observations, increases with nesting */
  depth: number;
  /** Maximum depth of subtree rooted at this node (0 for leaf nodes) */
  childrenDepth: number;
};
