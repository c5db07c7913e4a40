import React, { useEffect, useState } from "react";
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography, Box, Divider } from "@mui/material";
import { ArrowBack as ArrowBackIcon } from "@mui/icons-material";
import { Locale } from "@churchapps/apphelper";
import { AppIconButton } from "../../components/ui/AppIconButton";
import { MarkdownPreviewLight } from "@churchapps/apphelper/markdown";
import { useProviderContent, type ProviderContentChild } from "../hooks/useProviderContent";
import { ContentRenderer } from "./ContentRenderer";
import { ContentItemRow } from "./planItem/ContentItemRow";

function detectMediaType(url: string): "video" | "image" | "iframe" {
  const lowerUrl = url.toLowerCase();
  const videoExtensions = [".mp4", ".webm", ".ogg", ".m3u8", ".mov", ".avi"];
  const imageExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".bmp"];

  if (videoExtensions.some(ext => lowerUrl.includes(ext))) {
    return "video";
  }
  if (imageExtensions.some(ext => lowerUrl.includes(ext))) {
    return "image";
  }
  if (lowerUrl.includes("/embed/")) {
    return "iframe";
  }
  return "image";
}

interface Props {
  sectionId: string;
  sectionName?: string;
  onClose: () => void;
  onExpandToActions?: () => void;
  providerId?: string;
  downloadUrl?: string;
  /** Provider path for fetching content dynamically */
  providerPath?: string;
  /** Dot-notation path to specific content item */
  providerContentPath?: string;
  /** Stable content id, preferred over the index-based path */
  relatedId?: string;
  /** Ministry ID for auth */
  ministryId?: string;
}

export const LessonDialog: React.FC<Props> = (props) => {
  const [iframeHeight, setIframeHeight] = useState(window.innerHeight * 0.7);
  const [selectedChild, setSelectedChild] = useState<ProviderContentChild | null>(null);

  const { content, loading, error } = useProviderContent({
    providerId: props.providerId,
    providerPath: props.providerPath,
    providerContentPath: props.providerContentPath,
    relatedId: props.relatedId,
    ministryId: props.ministryId,
    fallbackUrl: props.downloadUrl
  });

  useEffect(() => {
    const handleMessage = (event: MessageEvent) => {
      if (typeof event.data?.height === "number") {
        const contentHeight = event.data.height + 20;
        const minHeight = window.innerHeight * 0.7;
        setIframeHeight(Math.max(contentHeight, minHeight));
      }
    };

    window.addEventListener("message", handleMessage);
    return () => window.removeEventListener("message", handleMessage);
  }, []);

  const hasChildren = content?.children && content.children.length > 0;

  const handleChildClick = (child: ProviderContentChild) => {
    setSelectedChild(child);
  };

  const handleBackToList = () => {
    setSelectedChild(null);
  };

  const renderContent = () => {
    if (loading) {
      return <ContentRenderer loading={true} />;
    }

    if (error) {
      return <ContentRenderer error={error} />;
    }

    if (selectedChild) {
      const childUrl = selectedChild.downloadUrl;

      if (childUrl) {
        return (
          <ContentRenderer
            url={childUrl}
            mediaType={detectMediaType(childUrl)}
            title={selectedChild.label}
            description={selectedChild.description}
            iframeHeight={iframeHeight}
          />
        );
      } else {
        return (
          <Box sx={{ p: 3 }}>
            {selectedChild.description ? (
              <MarkdownPreviewLight value={selectedChild.description} />
            ) : (
              <Typography color="text.secondary" sx={{ textAlign: "center" }}>{Locale.label("plans.lessonDialog.noPreviewItem")}</Typography>
            )}
          </Box>
        );
      }
    }

    if (content?.url) {
      return (
        <ContentRenderer
          url={content.url}
          mediaType={content.mediaType}
          title={props.sectionName}
          description={content.description}
          iframeHeight={iframeHeight}
        />
      );
    }

    if (hasChildren) {
      return (
        <Box sx={{ p: 2 }}>
          {content.description && (
            <Box sx={{ mb: 2 }}>
              <MarkdownPreviewLight value={content.description} />
            </Box>
          )}
          <Box>
            {content.children!.map((child, index) => (
              <React.Fragment key={child.id || index}>
                {index > 0 && <Divider />}
                <ContentItemRow
                  item={{
                    id: child.id,
                    label: child.label,
                    seconds: child.seconds,
                    thumbnailUrl: child.thumbnailUrl,
                    itemType: "action"
                  }}
                  onClick={() => handleChildClick(child)}
                />
              </React.Fragment>
            ))}
          </Box>
        </Box>
      );
    }

    return (
      <Box sx={{ p: 4, textAlign: "center", minHeight: 200, display: "flex", flexDirection: "column", justifyContent: "center" }}>
        <Typography color="text.secondary">
          {Locale.label("plans.lessonDialog.previewUnavailable")}
        </Typography>
      </Box>
    );
  };

  return (
    <Dialog open={true} onClose={props.onClose} fullWidth maxWidth="lg">
      <DialogTitle sx={{ display: "flex", alignItems: "center", gap: 1 }}>
        {selectedChild && (
          <AppIconButton label={Locale.label("common.back")} icon={<ArrowBackIcon />} onClick={handleBackToList} sx={{ mr: 1 }} />
        )}
        {selectedChild ? selectedChild.label : (props.sectionName || Locale.label("plans.lessonDialog.fallbackTitle"))}
      </DialogTitle>
      <DialogContent sx={{ p: 0, overflowY: "auto" }}>
        {renderContent()}
      </DialogContent>
      <DialogActions>
        {props.onExpandToActions && !selectedChild && (
          <Button variant="contained" onClick={props.onExpandToActions}>
            {Locale.label("plans.planItem.expandToActions") || "Expand to Actions"}
          </Button>
        )}
        <Button variant="outlined" onClick={selectedChild ? handleBackToList : props.onClose}>
          {selectedChild ? Locale.label("plans.lessonDialog.back") : Locale.label("plans.lessonDialog.close")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
