import React, { useState, useCallback } from "react";
import {
  Button,
  Dialog,
  DialogTitle,
  DialogContent,
  DialogActions,
  Stack,
  Typography,
  Box,
  CircularProgress,
  Breadcrumbs,
  Link,
  TextField,
  InputAdornment
} from "@mui/material";
import { ArrowBack as ArrowBackIcon, Search as SearchIcon } from "@mui/icons-material";
import { ProviderChipSelector } from "./ProviderChipSelector";
import { BrowseGrid } from "./BrowseGrid";
import { AppIconButton } from "../../components/ui/AppIconButton";
import { Locale } from "@churchapps/apphelper";
import { type ContentFolder } from "@churchapps/content-providers";
import { useProviderBrowser } from "../hooks/useProviderBrowser";

interface Props {
  open: boolean;
  onClose: () => void;
  onSelect: (contentId: string, contentName?: string, contentPath?: string, providerId?: string, lessonName?: string) => void;
  returnVenueName?: boolean;
  ministryId?: string;
  defaultProviderId?: string;
  /** Path from the previous plan's providerPlanId — opens the picker at the parent of that path. */
  initialNavigationPath?: string;
  /** Provider ID from the previous plan */
  initialProviderId?: string;
  /** Venue name from the previous plan to auto-select in the next lesson */
  previousVenueName?: string;
}

export const LessonSelector: React.FC<Props> = ({ open, onClose, onSelect, returnVenueName, ministryId, defaultProviderId, initialNavigationPath, initialProviderId, previousVenueName }) => {
  const browser = useProviderBrowser({ ministryId, defaultProviderId });

  const [searchText, setSearchText] = useState("");
  const [selectedFolder, setSelectedFolder] = useState<ContentFolder | null>(null);
  const [autoSelectVenueName, setAutoSelectVenueName] = useState<string | null>(null);

  const handleFolderClick = useCallback((folder: ContentFolder) => {
    if (browser.isLeafFolder(folder)) {
      setSelectedFolder(folder);
    } else {
      setSelectedFolder(null);
      setSearchText("");
      browser.navigateToFolder(folder);
    }
  }, [browser]);

  const handleBack = useCallback(() => {
    setSelectedFolder(null);
    setSearchText("");
    browser.navigateBack();
  }, [browser]);

  const handleSelect = useCallback(() => {
    if (selectedFolder) {
      const folderName = returnVenueName ? selectedFolder.title : undefined;
      const lessonName = browser.breadcrumbItems.length > 0 ? browser.breadcrumbItems[browser.breadcrumbItems.length - 1].label : undefined;
      onSelect(selectedFolder.id, folderName, selectedFolder.path, browser.selectedProviderId, lessonName);
      onClose();
    }
  }, [selectedFolder, returnVenueName, onSelect, onClose, browser.selectedProviderId, browser.breadcrumbItems]);

  const handleProviderChange = useCallback((providerId: string) => {
    setSelectedFolder(null);
    setSearchText("");
    browser.changeProvider(providerId);
  }, [browser]);

  const handleClose = useCallback(() => {
    setSelectedFolder(null);
    setAutoSelectVenueName(null);
    setSearchText("");
    browser.reset();
    onClose();
  }, [onClose, browser]);

  React.useEffect(() => {
    if (autoSelectVenueName && browser.currentItems.length > 0) {
      const match = browser.currentItems.find(
        f => browser.isLeafFolder(f) && f.title === autoSelectVenueName
      );
      if (match) {
        setSelectedFolder(match);
        setAutoSelectVenueName(null);
      }
    }
  }, [browser.currentItems, autoSelectVenueName, browser.isLeafFolder]);

  React.useEffect(() => {
    if (!open) return;
    browser.loadLinkedProviders();

    const autoNavigate = async () => {
      if (initialNavigationPath && initialProviderId) {
        const segments = initialNavigationPath.replace(/^\//, "").split("/").filter(Boolean);

        if (segments.length >= 4) {
          const studyLevelPath = "/" + segments.slice(0, 3).join("/");
          const previousLessonId = segments[3];

          const lessons = await browser.navigateToPath(studyLevelPath, initialProviderId);

          const prevIndex = lessons.findIndex(f => {
            const fSegs = f.path.replace(/^\//, "").split("/").filter(Boolean);
            return fSegs[fSegs.length - 1] === previousLessonId;
          });

          if (prevIndex >= 0 && prevIndex < lessons.length - 1) {
            const nextLesson = lessons[prevIndex + 1];
            if (previousVenueName) setAutoSelectVenueName(previousVenueName);
            browser.navigateToFolder(nextLesson);
          }
          return;
        }
      }
      browser.loadContent("");
    };

    autoNavigate();
  }, [open]);

  return (
    <Dialog open={open} onClose={handleClose} maxWidth="md" fullWidth>
      <DialogTitle>
        <Stack direction="row" alignItems="center" spacing={1}>
          {browser.currentPath && (
            <AppIconButton label={Locale.label("common.back")} icon={<ArrowBackIcon />} onClick={handleBack} />
          )}
          <span>{Locale.label("plans.lessonSelector.associateLesson")}</span>
        </Stack>
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <ProviderChipSelector
            selectedProviderId={browser.selectedProviderId}
            onProviderChange={handleProviderChange}
            availableProviders={browser.availableProviders}
            linkedProviders={browser.linkedProviders}
            showAllProviders={browser.showAllProviders}
            onShowAll={() => browser.setShowAllProviders(true)}
            isCurrentProviderLinked={browser.isCurrentProviderLinked}
            currentProviderRequiresAuth={!!browser.currentProviderInfo?.requiresAuth}
          />

          <Breadcrumbs aria-label="breadcrumb">
            {browser.breadcrumbItems.map((item, index) => (
              index === browser.breadcrumbItems.length - 1 ? (
                <Typography key={index} color="text.primary">{item.label}</Typography>
              ) : (
                <Link key={index} component="button" variant="body2" onClick={item.onClick} underline="hover" color="inherit">
                  {item.label}
                </Link>
              )
            ))}
          </Breadcrumbs>

          {browser.currentItems.length > 0 && (
            <TextField
              size="small"
              placeholder={Locale.label("plans.lessonSelector.searchPlaceholder")}
              value={searchText}
              onChange={(e) => setSearchText(e.target.value)}
              InputProps={{ startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> }}
            />
          )}

          {!browser.isCurrentProviderLinked && browser.currentProviderInfo?.requiresAuth ? (
            <Box sx={{ textAlign: "center", py: 4 }}>
              <Typography color="text.secondary">
                {Locale.label("plans.lessonSelector.linkProviderFirst") || "Please link this provider in ministry settings to browse content."}
              </Typography>
            </Box>
          ) : browser.loading ? (
            <Box sx={{ display: "flex", justifyContent: "center", py: 4 }}>
              <CircularProgress />
            </Box>
          ) : browser.currentItems.length === 0 ? (
            <Box sx={{ textAlign: "center", py: 4 }}>
              <Typography color="text.secondary">{Locale.label("plans.lessonSelector.noContent")}</Typography>
            </Box>
          ) : (
            <BrowseGrid
              folders={searchText ? browser.currentItems.filter(f => f.title.toLowerCase().includes(searchText.toLowerCase())) : browser.currentItems}
              selectedProviderId={browser.selectedProviderId}
              selectedFolderId={selectedFolder?.id}
              isLeafFolder={browser.isLeafFolder}
              onFolderClick={handleFolderClick}
            />
          )}

          {selectedFolder && (
            <Box sx={{ p: 2, bgcolor: "action.hover", borderRadius: 1 }}>
              <Typography variant="body2" color="text.secondary">{Locale.label("plans.lessonSelector.selectedPrefix")}</Typography>
              <Typography variant="subtitle1" color="primary">{selectedFolder.title}</Typography>
            </Box>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={handleClose}>{Locale.label("common.cancel")}</Button>
        <Button onClick={handleSelect} disabled={!selectedFolder} variant="contained">
          {Locale.label("plans.lessonSelector.associateLesson")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
