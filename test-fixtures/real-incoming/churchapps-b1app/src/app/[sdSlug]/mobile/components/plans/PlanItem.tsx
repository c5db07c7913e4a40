"use client";
import React from "react";
import { Icon } from "@mui/material";
import { PlanItemInterface, PlanHelper } from "@/helpers";
import { SongDialog } from "./SongDialog";
import { LessonDialog } from "./LessonDialog";
import { ActionDialog } from "./ActionDialog";
import { isAudioUrl } from "./ContentRenderer";

interface Props {
  planItem: PlanItemInterface;
  startTime?: number;
  associatedProviderId?: string;
  associatedVenueId?: string;
  ministryId?: string;
  positionLabels?: Record<string, string>;
}

export const PlanItem = (props: Props) => {
  const [dialogKeyId, setDialogKeyId] = React.useState<string | null>(null);
  const [lessonSectionId, setLessonSectionId] = React.useState<string | null>(null);
  const [actionId, setActionId] = React.useState<string | null>(null);

  const pi = props.planItem;
  const positionName = pi.positionId ? props.positionLabels?.[pi.positionId] : undefined;
  const hasProviderFields = pi.providerId && pi.providerPath && pi.providerContentPath;

  const getChildren = () => {
    const result: React.ReactElement[] = [];
    let cumulativeTime = props.startTime || 0;
    pi.children?.forEach((c) => {
      const childStartTime = cumulativeTime;
      result.push(
        <PlanItem
          key={c.id}
          planItem={c}
          startTime={childStartTime}
          associatedProviderId={props.associatedProviderId}
          associatedVenueId={props.associatedVenueId}
          ministryId={props.ministryId}
          positionLabels={props.positionLabels}
        />
      );
      cumulativeTime += c.seconds || 0;
    });
    return result;
  };

  const getHeaderRow = () => {
    const sectionDuration = PlanHelper.getSectionDuration(pi);
    return <>
      <div className="planItemHeader">
        <span style={{ float: "right", display: "flex", alignItems: "center", gap: 4 }}>
          {sectionDuration > 0 && <Icon style={{ fontSize: 16, color: "#999" }}>schedule</Icon>}
          <span style={{ color: "#666", fontSize: "0.9em", minWidth: 40, textAlign: "right" }}>
            {sectionDuration > 0 ? PlanHelper.formatTime(sectionDuration) : ""}
          </span>
        </span>
        <span>{pi.label}</span>
        {positionName && <span className="planItemPosition" style={{ color: "#666", fontSize: "0.85em", marginLeft: 8 }}>{positionName}</span>}
      </div>
      {getChildren()}
    </>;
  };

  const getDescriptionRow = () => <div className="planItemDescription">{pi.description}</div>;

  const getItemRow = (onLabelClick?: () => void) => <>
    <div className="planItem">
      <span style={{ float: "right", display: "flex", alignItems: "center", gap: 4 }}>
        <Icon style={{ fontSize: 16, color: "#999" }}>schedule</Icon>
        <span style={{ color: "#666", fontSize: "0.9em", minWidth: 40, textAlign: "right" }}>
          {PlanHelper.formatTime(pi.seconds || 0)}
        </span>
      </span>
      <div>{PlanHelper.formatTime(props.startTime || 0)}</div>
      <div>
        {onLabelClick ? (
          <a href="about:blank" onClick={(e) => { e.preventDefault(); onLabelClick(); }}>
            {pi.label}
          </a>
        ) : pi.link ? (
          <a href={pi.link} target="_blank" rel="noopener noreferrer">
            {pi.label}
          </a>
        ) : (
          pi.label
        )}
      </div>
      {getDescriptionRow()}
      {positionName && <div className="planItemPosition" style={{ color: "#666", fontSize: "0.85em", textAlign: "right" }}>{positionName}</div>}
    </div>
  </>;

  const getPlanItem = () => {
    switch (pi.itemType) {
      case "header":
        return getHeaderRow();
      case "song":
      case "arrangementKey":
        return getItemRow(pi.relatedId ? () => setDialogKeyId(pi.relatedId || null) : undefined);
      // Action types (new provider + legacy)
      case "providerPresentation":
      case "lessonAction":
      case "action":
        return getItemRow(
          (pi.relatedId || hasProviderFields) ? () => setActionId(pi.relatedId || pi.providerContentPath || pi.id || null) : undefined
        );
      // File/add-on types (new provider + legacy)
      case "providerFile":
      case "lessonAddOn":
      case "addon":
      case "file":
        return getItemRow(
          (pi.relatedId || hasProviderFields) ? () => setActionId(pi.relatedId || pi.providerContentPath || pi.id || null) : undefined
        );
      // Section types (new provider + legacy)
      case "providerSection":
      case "lessonSection":
      case "section":
        return getItemRow(
          (pi.relatedId || hasProviderFields) ? () => setLessonSectionId(pi.relatedId || pi.providerContentPath || pi.id || null) : undefined
        );
      case "item":
      default:
        // Audio links open the inline player dialog instead of downloading via the OS (issue #960)
        if (!pi.relatedId && pi.link && isAudioUrl(pi.link)) return getItemRow(() => setActionId(pi.id || null));
        return getItemRow(pi.relatedId ? () => setLessonSectionId(pi.relatedId || null) : undefined);
    }
  };

  return (<>
    {getPlanItem()}
    {dialogKeyId && <SongDialog arrangementKeyId={dialogKeyId} onClose={() => { setDialogKeyId(null); }} />}
    {lessonSectionId && (
      <LessonDialog
        sectionId={lessonSectionId}
        sectionName={pi.label}
        onClose={() => { setLessonSectionId(null); }}
        providerId={pi.providerId}
        downloadUrl={pi.link}
        providerPath={pi.providerPath}
        providerContentPath={pi.providerContentPath}
        ministryId={props.ministryId}
      />
    )}
    {actionId && (
      <ActionDialog
        actionId={actionId}
        contentName={pi.label}
        onClose={() => { setActionId(null); }}
        providerId={pi.providerId || props.associatedProviderId}
        downloadUrl={pi.link}
        providerPath={pi.providerPath}
        providerContentPath={pi.providerContentPath}
        ministryId={props.ministryId}
      />
    )}
  </>);
};
