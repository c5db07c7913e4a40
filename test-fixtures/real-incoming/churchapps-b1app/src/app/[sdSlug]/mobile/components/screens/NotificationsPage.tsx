"use client";

import React, { useContext } from "react";
import { useRouter } from "next/navigation";
import { Box, Button, Chip, Icon, IconButton, Skeleton, Typography } from "@mui/material";
import { ApiHelper, Locale } from "@churchapps/apphelper";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import UserContext from "@/context/UserContext";
import { ConfigurationInterface } from "@/helpers/ConfigHelper";
import { WebPushHelper } from "@/helpers";
import { mobileTheme } from "../mobileTheme";
import { formatRelative, deriveNotificationUrl, getNotificationIcon } from "../util";
import { useNotificationDiagnostics } from "../../hooks/useNotificationDiagnostics";

interface NotificationItem {
  id?: string;
  churchId?: string;
  title?: string;
  message?: string;
  timeSent?: string | Date;
  isNew?: boolean;
  linkUrl?: string;
  contentType?: string;
  contentId?: string;
}

interface Props {
  config?: ConfigurationInterface;
}

export const NotificationsPage = ({ config }: Props) => {
  const tc = mobileTheme.colors;
  const router = useRouter();
  const context = useContext(UserContext);
  const queryClient = useQueryClient();
  const loggedIn = !!context?.user?.firstName;
  const [pushBusy, setPushBusy] = React.useState(false);
  const { diagnostics, refresh: refreshPushStatus } = useNotificationDiagnostics(loggedIn);

  const handleTogglePush = async () => {
    if (WebPushHelper.requiresInstallForPush()) {
      router.push("/mobile/install");
      return;
    }

    setPushBusy(true);
    try {
      if (diagnostics.hasSubscription) await WebPushHelper.unsubscribe();
      else {
        const subscription = await WebPushHelper.subscribe();
        if (!subscription && WebPushHelper.getPermissionState() === "granted") {
          throw new Error("Permission granted, but device registration did not complete.");
        }
      }
      await refreshPushStatus();
    } catch (error) {
      console.error("[webpush] notifications toggle failed:", error);
    } finally {
      setPushBusy(false);
    }
  };

  const { data: serverNotifications = null } = useQuery<NotificationItem[]>({
    queryKey: ["notifications", context?.user?.id],
    queryFn: async () => {
      const data = await ApiHelper.get("/notifications/my", "MessagingApi");
      return Array.isArray(data) ? (data as NotificationItem[]) : [];
    },
    enabled: loggedIn
  });

  const notifications = React.useMemo<NotificationItem[] | null>(() => {
    if (!loggedIn) return [];
    if (serverNotifications == null) return null;
    return serverNotifications;
  }, [loggedIn, serverNotifications]);

  const handleClick = (n: NotificationItem) => {
    const href = deriveNotificationUrl(n);
    if (!href) return;
    if (href.startsWith("http")) {
      window.location.href = href;
    } else {
      router.push(href);
    }
  };

  const queryKey = React.useMemo(() => ["notifications", context?.user?.id], [context?.user?.id]);

  const handleDelete = async (n: NotificationItem, e: React.MouseEvent | React.KeyboardEvent) => {
    e.stopPropagation();
    if (!n.id) return;
    const churchId = n.churchId || context?.userChurch?.church?.id;
    queryClient.setQueryData<NotificationItem[]>(queryKey, (prev) => (prev || []).filter((x) => x.id !== n.id));
    try {
      await ApiHelper.delete(`/notifications/${churchId}/${n.id}`, "MessagingApi");
    } catch (err) {
      console.error("Failed to delete notification", err);
      queryClient.invalidateQueries({ queryKey });
    }
  };

  const handleClearAll = async () => {
    if (!notifications || notifications.length === 0) return;
    if (typeof window !== "undefined" && !window.confirm("Clear all notifications?")) return;
    queryClient.setQueryData<NotificationItem[]>(queryKey, []);
    try {
      await ApiHelper.delete("/notifications/my", "MessagingApi");
    } catch (err) {
      console.error("Failed to clear notifications", err);
      queryClient.invalidateQueries({ queryKey });
    }
  };

  const renderRow = (n: NotificationItem, idx: number) => {
    const href = deriveNotificationUrl(n);
    const body = n.message || "";
    const iconName = getNotificationIcon(n.contentType);
    return (
      <Box
        key={n.id || `n-${idx}`}
        role={href ? "button" : undefined}
        tabIndex={href ? 0 : undefined}
        onClick={() => handleClick(n)}
        onKeyDown={(e) => {
          if (href && (e.key === "Enter" || e.key === " ")) {
            e.preventDefault();
            handleClick(n);
          }
        }}
        sx={{
          display: "flex",
          alignItems: "flex-start",
          gap: "12px",
          bgcolor: tc.surface,
          border: `1px solid ${tc.border}`,
          borderRadius: "12px",
          p: "16px",
          cursor: href ? "pointer" : "default",
          transition: "transform 150ms ease",
          "&:active": href ? { transform: "scale(0.995)" } : undefined
        }}
      >
        <Box
          sx={{
            width: 40,
            height: 40,
            flexShrink: 0,
            borderRadius: "12px",
            bgcolor: tc.iconBackground,
            display: "flex",
            alignItems: "center",
            justifyContent: "center"
          }}
        >
          <Icon sx={{ color: tc.primary, fontSize: 24 }}>{iconName}</Icon>
        </Box>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          {body && (
            <Typography
              sx={{
                fontSize: 14,
                lineHeight: "20px",
                color: tc.text,
                mb: "8px",
                display: "-webkit-box",
                WebkitLineClamp: 3,
                WebkitBoxOrient: "vertical",
                overflow: "hidden"
              }}
            >
              {body}
            </Typography>
          )}
          <Box sx={{ display: "flex", alignItems: "center" }}>
            <Chip
              size="small"
              variant="outlined"
              label={formatRelative(n.timeSent)}
              sx={{
                bgcolor: tc.iconBackground,
                borderColor: tc.divider,
                color: tc.disabled,
                height: 24,
                borderRadius: "999px",
                "& .MuiChip-label": { fontSize: 10.5, fontWeight: 700, px: "8px", color: tc.disabled }
              }}
            />
          </Box>
        </Box>
        <IconButton
          aria-label={Locale.label("mobile.screens.deleteNotification")}
          data-testid={`notification-delete-${n.id || idx}`}
          size="small"
          onClick={(e) => handleDelete(n, e)}
          sx={{ alignSelf: "flex-start", color: tc.disabled }}
        >
          <Icon sx={{ fontSize: 20 }}>delete_outline</Icon>
        </IconButton>
      </Box>
    );
  };

  const renderSkeleton = (key: number) => (
    <Box
      key={`sk-${key}`}
      sx={{
        display: "flex",
        alignItems: "flex-start",
        gap: "12px",
        bgcolor: tc.surface,
        border: `1px solid ${tc.border}`,
        borderRadius: "12px",
        p: "16px"
      }}
    >
      <Skeleton variant="circular" width={40} height={40} />
      <Box sx={{ flex: 1 }}>
        <Skeleton variant="text" width="90%" height={16} />
        <Skeleton variant="text" width="70%" height={16} />
        <Skeleton variant="rounded" width={56} height={24} sx={{ mt: "8px" }} />
      </Box>
    </Box>
  );

  const renderEmpty = () => (
    <Box
      sx={{
        display: "flex",
        flexDirection: "column",
        alignItems: "center",
        textAlign: "center",
        px: "24px",
        pt: `${mobileTheme.spacing.xl}px`,
        maxWidth: 300,
        mx: "auto"
      }}
    >
      <Icon sx={{ fontSize: 64, color: tc.divider }}>notifications</Icon>
      <Typography
        sx={{
          fontSize: 18,
          fontWeight: 600,
          color: tc.text,
          mt: "16px",
          mb: "8px"
        }}
      >
        No notifications yet
      </Typography>
      <Typography
        sx={{
          fontSize: 14,
          color: tc.textMuted,
          lineHeight: "20px"
        }}
      >
        We&apos;ll notify you when something new arrives.
      </Typography>
    </Box>
  );

  const renderPrefsLink = () => (
    <Box
      role="button"
      tabIndex={0}
      onClick={() => router.push("/mobile/notificationPrefs")}
      onKeyDown={(e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); router.push("/mobile/notificationPrefs"); } }}
      sx={{
        display: "flex",
        alignItems: "center",
        gap: "12px",
        bgcolor: tc.surface,
        border: `1px solid ${tc.border}`,
        borderRadius: "12px",
        p: "12px 16px",
        cursor: "pointer"
      }}
    >
      <Icon sx={{ color: tc.primary }}>tune</Icon>
      <Typography sx={{ flex: 1, fontSize: 14, fontWeight: 600, color: tc.text }}>Notification Preferences</Typography>
      <Icon sx={{ color: tc.disabled, fontSize: 20 }}>chevron_right</Icon>
    </Box>
  );

  const renderPushCard = () => {
    if (!loggedIn || diagnostics.permission === "unsupported") return null;
    const on = diagnostics.hasSubscription && (!diagnostics.serverRegistrationEnabled || diagnostics.hasConfirmedServerEnrollment);
    const blocked = diagnostics.permission === "denied";
    const pendingRegistration = diagnostics.permission === "granted" && (!diagnostics.hasSubscription || (diagnostics.serverRegistrationEnabled && !diagnostics.hasConfirmedServerEnrollment));
    const installRequired = WebPushHelper.requiresInstallForPush();
    return (
      <Box
        sx={{
          display: "flex",
          alignItems: "center",
          gap: "12px",
          bgcolor: tc.surface,
          border: `1px solid ${tc.border}`,
          borderRadius: "12px",
          p: "12px 16px"
        }}
      >
        <Icon sx={{ color: on ? tc.primary : tc.disabled }}>
          {on ? "notifications_active" : "notifications_off"}
        </Icon>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography sx={{ fontSize: 14, fontWeight: 600, color: tc.text }}>
            Push notifications
          </Typography>
          <Typography sx={{ fontSize: 12, color: tc.textMuted }}>
            {blocked
              ? `Blocked. ${WebPushHelper.getUnblockInstructions()}`
              : installRequired
                ? (diagnostics.statusReason || "Install this app to finish notification setup on this device")
                : pendingRegistration
                  ? (diagnostics.statusReason || "Permission is granted, but this device still needs registration")
                  : on
                    ? "You'll get alerts on this device"
                    : "Turn on to get alerts on this device"}
          </Typography>
        </Box>
        {!blocked && (
          <Button size="small" variant={on ? "outlined" : "contained"} disabled={pushBusy} onClick={handleTogglePush}>
            {on ? "Turn off" : installRequired ? "Install App" : pendingRegistration ? "Retry" : "Turn on"}
          </Button>
        )}
      </Box>
    );
  };

  return (
    <Box sx={{ p: `${mobileTheme.spacing.md}px`, bgcolor: tc.background, minHeight: "100%" }}>
      <Box sx={{ display: "flex", flexDirection: "column", gap: "12px" }}>
        {renderPushCard()}
        {loggedIn && renderPrefsLink()}
        {notifications && notifications.length > 0 && (
          <Box sx={{ display: "flex", justifyContent: "flex-end" }}>
            <Button
              data-testid="notifications-clear-all"
              size="small"
              startIcon={<Icon>clear_all</Icon>}
              onClick={handleClearAll}
              sx={{ color: tc.primary, textTransform: "none" }}
            >
              Clear All
            </Button>
          </Box>
        )}
        {notifications === null && [0, 1, 2, 3, 4].map(renderSkeleton)}
        {notifications !== null && notifications.length === 0 && renderEmpty()}
        {notifications !== null && notifications.length > 0 && notifications.map(renderRow)}
      </Box>
    </Box>
  );
};
