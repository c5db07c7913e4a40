import React, { DetailedHTMLProps, HTMLAttributes, useEffect } from "react";
import {
  ExperimentReportVariation,
  MetricSnapshotSettings,
} from "shared/types/report";
import { SnapshotMetric } from "shared/types/experiment-snapshot";
import {
  DifferenceType,
  PValueCorrection,
  StatsEngine,
} from "shared/types/stats";
import { BsX } from "react-icons/bs";
import clsx from "clsx";
import { ExperimentMetricDefinition } from "shared/experiments";
import { RowResults } from "@/services/experiments";
import { SSRPolyfills } from "@/hooks/useSSRPolyfills";
import AnalysisResultSummary from "@/ui/AnalysisResultSummary";
import Portal from "@/components/Modal/Portal";

export const TOOLTIP_WIDTH = 400;
export const TOOLTIP_HEIGHT = 400; // Used for over/under layout calculation. Actual height may vary.
export const TOOLTIP_TIMEOUT = 250; // Mouse-out delay before closing
export type TooltipHoverSettings = {
  x: LayoutX;
  offsetX?: number;
  offsetY?: number;
  targetClassName?: string;
};
export type LayoutX = "element-center" | "element-left" | "element-right";
export type YAlign = "top" | "bottom";

export interface TooltipData {
  metricRow: number;
  metric: ExperimentMetricDefinition;
  metricSnapshotSettings?: MetricSnapshotSettings;
  sliceLevels?: Array<{
    dimension: string;
    levels: string[];
  }>;
  variation: ExperimentReportVariation;
  stats: SnapshotMetric;
  baseline: SnapshotMetric;
  baselineVariation: ExperimentReportVariation;
  rowResults: RowResults;
  statsEngine: StatsEngine;
  pValueCorrection?: PValueCorrection;
  isGuardrail: boolean;
  layoutX: LayoutX;
  yAlign: YAlign;
}

interface Props
  extends DetailedHTMLProps<HTMLAttributes<HTMLDivElement>, HTMLDivElement> {
  left: number;
  top: number;
  data?: TooltipData;
  tooltipOpen: boolean;
  close: () => void;
  differenceType: DifferenceType;
  isBandit?: boolean;
  pValueThreshold: number;
  ssrPolyfills?: SSRPolyfills;
  transitionClassName?: string;
}
export default function ResultsTableTooltip({
  left,
  top,
  data,
  tooltipOpen,
  close,
  differenceType,
  isBandit,
  pValueThreshold,
  ssrPolyfills,
  transitionClassName,
  ...otherProps
}: Props) {
  useEffect(() => {
    if (!data || !tooltipOpen) return;

    const callback = (e: MouseEvent) => {
      const target = e.target as HTMLElement;
      if (target?.closest(".experiment-row-tooltip")) return;
      close();
    };

    // let the tooltip animate open before allowing a close
    const timeout = setTimeout(() => {
      document.addEventListener("click", callback);
    }, 200);
    return () => {
      clearTimeout(timeout);
      document.removeEventListener("click", callback);
    };
  }, [data, tooltipOpen, close]);

  if (!data) {
    return null;
  }

  const arrowLeft =
    data.layoutX === "element-right"
      ? "3%"
      : data.layoutX === "element-left"
        ? "97%"
        : data.layoutX === "element-center"
          ? "50%"
          : "50%";

  const tooltipContent = (
    <div
      className={clsx("experiment-row-tooltip-wrapper", transitionClassName)}
      style={{
        position: "fixed",
        width: Math.min(TOOLTIP_WIDTH, window.innerWidth - 20),
        height: TOOLTIP_HEIGHT,
        left: typeof window !== "undefined" ? left : 0,
        top: typeof window !== "undefined" ? top : 0,
        zIndex: 1100,
      }}
    >
      <div
        className={clsx("experiment-row-tooltip", {
          top: data.yAlign === "top",
          bottom: data.yAlign === "bottom",
        })}
        style={{
          position: "absolute",
          width: Math.min(TOOLTIP_WIDTH, window.innerWidth - 20),
          top: data.yAlign === "top" ? 0 : "auto",
          bottom: data.yAlign === "bottom" ? 0 : "auto",
          transformOrigin: `${arrowLeft} ${
            data.yAlign === "top" ? "0%" : "100%"
          }`,
        }}
        {...otherProps}
      >
        {data.yAlign === "top" ? (
          <div
            className="arrow top"
            style={{ position: "absolute", top: -30, left: arrowLeft }}
          />
        ) : (
          <div
            className="arrow bottom"
            style={{ position: "absolute", bottom: -30, left: arrowLeft }}
          />
        )}
        <a
          role="button"
          style={{
            top: 3,
            right: 5,
          }}
          className="position-absolute text-gray cursor-pointer"
          onClick={close}
        >
          <BsX size={16} />
        </a>

        {/*tooltip contents*/}
        <AnalysisResultSummary
          data={data}
          ssrPolyfills={ssrPolyfills}
          differenceType={differenceType}
          isBandit={isBandit}
          pValueThreshold={pValueThreshold}
        />
      </div>
    </div>
  );

  return <Portal>{tooltipContent}</Portal>;
}
