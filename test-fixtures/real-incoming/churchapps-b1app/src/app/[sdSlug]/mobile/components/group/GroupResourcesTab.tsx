"use client";

import React from "react";
import { FileHelper } from "@churchapps/helpers";
import {
  Box,
  Button,
  Collapse,
  Icon,
  IconButton,
  LinearProgress,
  Skeleton,
  TextField,
  Typography
} from "@mui/material";
import { ApiHelper, Locale } from "@churchapps/apphelper";
import { mobileTheme } from "../mobileTheme";

interface FileRow {
  id?: string;
  fileName?: string;
  size?: number;
  contentPath?: string;
  contentType?: string;
}

interface LinkRow {
  id?: string;
  text?: string;
  url?: string;
  category?: string;
  linkData?: string;
}

interface Props {
  groupId: string;
  canEdit: boolean;
}

const STORAGE_CAP = 100_000_000;

const formatSize = (bytes: number) => {
  if (bytes > 1_000_000) return `${(Math.round(bytes / 10_000) / 100).toFixed(2)}MB`;
  if (bytes > 1000) return `${(Math.round(bytes / 10) / 100).toFixed(2)}KB`;
  return `${bytes}b`;
};

const convertBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.readAsDataURL(file);
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = (err) => reject(err);
  });

interface PresignedResponse {
  url: string;
  key?: string;
  fields: Record<string, string>;
}

export const GroupResourcesTab = ({ groupId, canEdit }: Props) => {
  const tc = mobileTheme.colors;
  const [files, setFiles] = React.useState<FileRow[] | null>(null);
  const [links, setLinks] = React.useState<LinkRow[] | null>(null);
  const [showAddLink, setShowAddLink] = React.useState(false);
  const [linkText, setLinkText] = React.useState("");
  const [linkUrl, setLinkUrl] = React.useState("");
  const [linkSaving, setLinkSaving] = React.useState(false);
  const [linkError, setLinkError] = React.useState<string | null>(null);
  const [pendingFile, setPendingFile] = React.useState<File | null>(null);
  const [uploadProgress, setUploadProgress] = React.useState<number>(-1);
  const [uploadError, setUploadError] = React.useState<string | null>(null);
  const [storageStatus, setStorageStatus] = React.useState<{ provider?: string; quotaBytes?: number } | null>(null);
  const fileInputRef = React.useRef<HTMLInputElement | null>(null);

  const load = React.useCallback(async () => {
    setFiles(null);
    setLinks(null);
    try {
      const f: FileRow[] = await ApiHelper.get(`/files/group/${groupId}`, "ContentApi");
      setFiles(Array.isArray(f) ? f : []);
    } catch {
      setFiles([]);
    }
    try {
      const l: LinkRow[] = await ApiHelper.get("/links?category=groupLink", "ContentApi");
      const matches = Array.isArray(l) ? l.filter((x) => x.linkData === groupId) : [];
      setLinks(matches);
    } catch {
      setLinks([]);
    }
    try {
      setStorageStatus(await ApiHelper.get("/storage/status", "ContentApi"));
    } catch {
      setStorageStatus(null);
    }
  }, [groupId]);

  React.useEffect(() => {
    load();
  }, [load]);

  const handleDeleteFile = async (f: FileRow) => {
    if (!f.id) return;
    if (!window.confirm(`Delete ${f.fileName || "file"}?`)) return;
    try {
      await ApiHelper.delete(`/files/${f.id}`, "ContentApi");
      load();
    } catch {

    }
  };

  const handleDeleteLink = async (l: LinkRow) => {
    if (!l.id) return;
    if (!window.confirm(Locale.label("mobile.group.deleteLinkConfirm").replace("{}", l.text || Locale.label("mobile.group.linkFallback")))) return;
    try {
      await ApiHelper.delete(`/links/${l.id}`, "ContentApi");
      load();
    } catch {

    }
  };

  const handleAddLink = async () => {
    setLinkError(null);
    if (!linkText.trim()) {
      setLinkError(Locale.label("mobile.group.enterLinkText"));
      return;
    }
    if (!linkUrl.trim()) {
      setLinkError(Locale.label("mobile.group.enterUrl"));
      return;
    }
    setLinkSaving(true);
    try {
      const payload = {
        category: "groupLink",
        url: linkUrl.trim(),
        linkType: "url",
        text: linkText.trim(),
        linkData: groupId,
        icon: ""
      };
      await ApiHelper.post("/links", [payload], "ContentApi");
      setLinkText("");
      setLinkUrl("");
      setShowAddLink(false);
      load();
    } catch (e: any) {
      setLinkError(e?.message || Locale.label("mobile.group.failedAddLink"));
    } finally {
      setLinkSaving(false);
    }
  };

  const doUpload = async (file: File) => {
    setUploadError(null);
    setUploadProgress(0);
    try {
      const params = { fileName: file.name, contentType: "group", contentId: groupId, size: file.size, mimeType: file.type };
      let presigned: PresignedResponse | null = null;
      try {
        presigned = await ApiHelper.post("/files/postUrl", params, "ContentApi");
      } catch {
        presigned = null;
      }
      const record: any = {
        fileName: file.name,
        fileType: file.type,
        size: file.size,
        contentType: "group",
        contentId: groupId
      };
      if (presigned && presigned.key) {
        const uploaded = await FileHelper.uploadPresignedFile(presigned, file, setUploadProgress);
        if (uploaded.externalId) record.externalId = uploaded.externalId;
      } else {
        const base64 = await convertBase64(file);
        record.fileContents = base64;
      }
      await ApiHelper.post("/files", [record], "ContentApi");
      setPendingFile(null);
      setUploadProgress(-1);
      if (fileInputRef.current) fileInputRef.current.value = "";
      load();
    } catch (e: any) {
      setUploadError(e?.message || Locale.label("mobile.group.uploadFailed"));
      setUploadProgress(-1);
    }
  };

  const handleFileChange = (e: React.ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    if (!f) return;
    setPendingFile(f);
    doUpload(f);
  };

  const used = (files || []).reduce((s, f) => s + (f.size || 0), 0);
  // churches with linked external storage have no 100MB cap
  const unlimited = !!storageStatus?.provider && storageStatus.provider !== "churchapps" && !storageStatus.quotaBytes;
  const percent = unlimited ? 0 : Math.min(100, (used / STORAGE_CAP) * 100);
  const storageFull = !unlimited && used >= STORAGE_CAP;

  const renderFileRow = (f: FileRow) => {
    const href = f.contentPath
      ? f.contentPath.startsWith("http")
        ? f.contentPath
        : f.contentPath
      : undefined;
    return (
      <Box
        key={f.id}
        sx={{
          display: "flex",
          alignItems: "center",
          gap: `${mobileTheme.spacing.sm}px`,
          bgcolor: tc.surface,
          border: `1px solid ${tc.border}`,
          borderRadius: `${mobileTheme.radius.lg}px`,
          p: `${mobileTheme.spacing.md}px`
        }}
      >
        <Box
          sx={{
            width: 40,
            height: 40,
            borderRadius: "11px",
            bgcolor: tc.iconBackground,
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
            flexShrink: 0
          }}
        >
          <Icon sx={{ color: tc.primary }}>description</Icon>
        </Box>
        <Box
          component={href ? "a" : "div"}
          href={href}
          target={href ? "_blank" : undefined}
          rel={href ? "noopener noreferrer" : undefined}
          sx={{
            flex: 1,
            minWidth: 0,
            textDecoration: "none",
            color: "inherit"
          }}
        >
          <Typography
            sx={{
              fontSize: 14,
              fontWeight: 600,
              color: tc.text,
              overflow: "hidden",
              textOverflow: "ellipsis",
              whiteSpace: "nowrap"
            }}
          >
            {f.fileName || Locale.label("mobile.group.fileFallback")}
          </Typography>
          <Typography sx={{ fontSize: 12, color: tc.textSecondary }}>{formatSize(f.size || 0)}</Typography>
        </Box>
        {canEdit && (
          <IconButton aria-label={Locale.label("mobile.group.deleteFile")} onClick={() => handleDeleteFile(f)} sx={{ color: tc.error }}>
            <Icon>delete_outline</Icon>
          </IconButton>
        )}
      </Box>
    );
  };

  const renderLinkRow = (l: LinkRow) => (
    <Box
      key={l.id}
      sx={{
        display: "flex",
        alignItems: "center",
        gap: `${mobileTheme.spacing.sm}px`,
        bgcolor: tc.surface,
        border: `1px solid ${tc.border}`,
        borderRadius: `${mobileTheme.radius.lg}px`,
        p: `${mobileTheme.spacing.md}px`
      }}
    >
      <Box
        sx={{
          width: 40,
          height: 40,
          borderRadius: "11px",
          bgcolor: tc.iconBackground,
          display: "flex",
          alignItems: "center",
          justifyContent: "center",
          flexShrink: 0
        }}
      >
        <Icon sx={{ color: tc.primary }}>link</Icon>
      </Box>
      <Box
        component="a"
        href={l.url}
        target="_blank"
        rel="noopener noreferrer"
        sx={{ flex: 1, minWidth: 0, textDecoration: "none", color: "inherit" }}
      >
        <Typography
          sx={{
            fontSize: 14,
            fontWeight: 600,
            color: tc.text,
            overflow: "hidden",
            textOverflow: "ellipsis",
            whiteSpace: "nowrap"
          }}
        >
          {l.text || Locale.label("mobile.group.linkFallback")}
        </Typography>
        <Typography
          sx={{
            fontSize: 12,
            color: tc.textSecondary,
            overflow: "hidden",
            textOverflow: "ellipsis",
            whiteSpace: "nowrap"
          }}
        >
          {l.url}
        </Typography>
      </Box>
      {canEdit && (
        <IconButton aria-label={Locale.label("mobile.group.deleteLink")} onClick={() => handleDeleteLink(l)} sx={{ color: tc.error }}>
          <Icon>delete_outline</Icon>
        </IconButton>
      )}
    </Box>
  );

  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: `${mobileTheme.spacing.md}px` }}>

      <Box>
        <Box
          sx={{
            display: "flex",
            justifyContent: "space-between",
            alignItems: "center",
            mb: `${mobileTheme.spacing.sm}px`
          }}
        >
          <Typography sx={{ fontSize: 16, fontWeight: 700, color: tc.text }}>{Locale.label("mobile.group.links")}</Typography>
          {canEdit && (
            <Button
              size="small"
              variant="outlined"
              startIcon={<Icon>add_link</Icon>}
              onClick={() => setShowAddLink((v) => !v)}
              sx={{
                textTransform: "none",
                fontWeight: 600,
                borderColor: tc.primary,
                color: tc.primary,
                borderRadius: `${mobileTheme.radius.md}px`
              }}
            >
              {showAddLink ? Locale.label("mobile.group.cancel") : Locale.label("mobile.group.addLink")}
            </Button>
          )}
        </Box>

        {canEdit && (
          <Collapse in={showAddLink} unmountOnExit>
            <Box
              sx={{
                bgcolor: tc.surface,
                border: `1px solid ${tc.border}`,
                borderRadius: `${mobileTheme.radius.lg}px`,
                p: `${mobileTheme.spacing.md}px`,
                mb: 1,
                display: "flex",
                flexDirection: "column",
                gap: 1
              }}
            >
              <TextField
                size="small"
                label={Locale.label("mobile.group.linkText")}
                value={linkText}
                onChange={(e) => setLinkText(e.target.value)}
                fullWidth
              />
              <TextField
                size="small"
                label={Locale.label("mobile.group.url")}
                value={linkUrl}
                onChange={(e) => setLinkUrl(e.target.value)}
                placeholder="https://…"
                fullWidth
              />
              {linkError && (
                <Typography sx={{ color: tc.error, fontSize: 12 }}>{linkError}</Typography>
              )}
              <Box sx={{ display: "flex", justifyContent: "flex-end", gap: 1 }}>
                <Button
                  size="small"
                  onClick={() => {
                    setShowAddLink(false);
                    setLinkError(null);
                    setLinkText("");
                    setLinkUrl("");
                  }}
                  sx={{ textTransform: "none", color: tc.text }}
                >
                  {Locale.label("mobile.group.cancel")}
                </Button>
                <Button
                  size="small"
                  variant="contained"
                  disabled={linkSaving}
                  onClick={handleAddLink}
                  sx={{
                    bgcolor: tc.primary,
                    color: tc.onPrimary,
                    textTransform: "none",
                    fontWeight: 600,
                    "&:hover": { bgcolor: tc.primary }
                  }}
                >
                  {linkSaving ? Locale.label("mobile.group.saving") : Locale.label("mobile.group.add")}
                </Button>
              </Box>
            </Box>
          </Collapse>
        )}

        {links === null && (
          <Box sx={{ display: "flex", flexDirection: "column", gap: 1 }}>
            {[0, 1].map((i) => (
              <Skeleton
                key={`ls-${i}`}
                variant="rounded"
                height={64}
                sx={{ borderRadius: `${mobileTheme.radius.lg}px` }}
              />
            ))}
          </Box>
        )}
        {links !== null && links.length === 0 && (
          <Box
            sx={{
              bgcolor: tc.surface,
              border: `1px solid ${tc.border}`,
              borderRadius: `${mobileTheme.radius.lg}px`,
              p: `${mobileTheme.spacing.md}px`,
              textAlign: "center"
            }}
          >
            <Typography sx={{ fontSize: 13, color: tc.textMuted }}>{Locale.label("mobile.group.noLinks")}</Typography>
          </Box>
        )}
        {links !== null && links.length > 0 && (
          <Box sx={{ display: "flex", flexDirection: "column", gap: 1 }}>{links.map(renderLinkRow)}</Box>
        )}
      </Box>

      <Box>
        <Box
          sx={{
            display: "flex",
            justifyContent: "space-between",
            alignItems: "center",
            mb: `${mobileTheme.spacing.sm}px`
          }}
        >
          <Typography sx={{ fontSize: 16, fontWeight: 700, color: tc.text }}>{Locale.label("mobile.group.files")}</Typography>
          {canEdit && !storageFull && (
            <Button
              size="small"
              variant="outlined"
              startIcon={<Icon>upload_file</Icon>}
              onClick={() => fileInputRef.current?.click()}
              disabled={uploadProgress >= 0}
              sx={{
                textTransform: "none",
                fontWeight: 600,
                borderColor: tc.primary,
                color: tc.primary,
                borderRadius: `${mobileTheme.radius.md}px`
              }}
            >
              {Locale.label("mobile.group.upload")}
            </Button>
          )}
          <input
            ref={fileInputRef}
            type="file"
            style={{ display: "none" }}
            onChange={handleFileChange}
          />
        </Box>
        {uploadProgress >= 0 && (
          <Box sx={{ mb: 1 }}>
            <Typography sx={{ fontSize: 12, color: tc.textSecondary, mb: 0.5 }}>
              {Locale.label("mobile.group.uploadingProgress").replace("{}", pendingFile?.name || "").replace("{}", String(uploadProgress))}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={uploadProgress}
              sx={{
                height: 6,
                borderRadius: 3,
                bgcolor: tc.border,
                "& .MuiLinearProgress-bar": { bgcolor: tc.primary, borderRadius: 3 }
              }}
            />
          </Box>
        )}
        {uploadError && (
          <Typography sx={{ color: tc.error, fontSize: 12, mb: 1 }}>{uploadError}</Typography>
        )}

        {files === null && (
          <Box sx={{ display: "flex", flexDirection: "column", gap: 1 }}>
            {[0, 1].map((i) => (
              <Skeleton
                key={`fs-${i}`}
                variant="rounded"
                height={64}
                sx={{ borderRadius: `${mobileTheme.radius.lg}px` }}
              />
            ))}
          </Box>
        )}
        {files !== null && files.length === 0 && (
          <Box
            sx={{
              bgcolor: tc.surface,
              border: `1px solid ${tc.border}`,
              borderRadius: `${mobileTheme.radius.lg}px`,
              p: `${mobileTheme.spacing.md}px`,
              textAlign: "center"
            }}
          >
            <Typography sx={{ fontSize: 13, color: tc.textMuted }}>{Locale.label("mobile.group.noFiles")}</Typography>
          </Box>
        )}
        {files !== null && files.length > 0 && (
          <Box sx={{ display: "flex", flexDirection: "column", gap: 1 }}>{files.map(renderFileRow)}</Box>
        )}
      </Box>

      {files !== null && (
        <Box
          sx={{
            bgcolor: tc.surface,
            border: `1px solid ${tc.border}`,
            borderRadius: `${mobileTheme.radius.lg}px`,
            p: `${mobileTheme.spacing.md}px`
          }}
        >
          <Box sx={{ display: "flex", justifyContent: "space-between", alignItems: "baseline", mb: unlimited ? 0 : 1 }}>
            <Typography sx={{ fontSize: 13, color: tc.textMuted }}>
              {unlimited
                ? Locale.label("mobile.group.usedStorageUnlimited", "Used {}").replace("{}", formatSize(used))
                : Locale.label("mobile.group.usedStorage").replace("{}", formatSize(used))}
            </Typography>
            {!unlimited && (
              <Typography sx={{ fontSize: 12, color: tc.textSecondary }}>
                {Math.round(percent)}%
              </Typography>
            )}
          </Box>
          {!unlimited && (
            <LinearProgress
              variant="determinate"
              value={percent}
              sx={{
                height: 8,
                borderRadius: 4,
                bgcolor: tc.border,
                "& .MuiLinearProgress-bar": { bgcolor: tc.primary, borderRadius: 4 }
              }}
            />
          )}
        </Box>
      )}
    </Box>
  );
};

export default GroupResourcesTab;
