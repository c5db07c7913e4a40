"use client";

import React from "react";
import { useRouter, useSearchParams } from "next/navigation";
import {
  Box,
  Button,
  Icon,
  Skeleton,
  Tab,
  Tabs,
  Typography
} from "@mui/material";
import { ApiHelper, Locale, PersonHelper, UserHelper } from "@churchapps/apphelper";
import { MarkdownPreviewLight } from "@churchapps/apphelper/markdown";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Permissions, type GroupInterface, type PlanInterface } from "@churchapps/helpers";
import { ConfigurationInterface } from "@/helpers/ConfigHelper";
import { getFirstDayOfWeek } from "@/helpers/firstDayOfWeek";
import { mobileTheme } from "../mobileTheme";
import { getInitials } from "../util";
import { GroupCalendarTab, type EventRow } from "../group/GroupCalendarTab";
import { GroupAttendanceTab } from "../group/GroupAttendanceTab";
import { GroupResourcesTab } from "../group/GroupResourcesTab";
import { GroupChatModal, type ChatSubTab } from "../group/GroupChatModal";
import { CreateEventModal } from "../group/CreateEventModal";
import { GroupPlansTab } from "../group/GroupPlansTab";
import { GroupLessonTakeHome } from "../group/GroupLessonTakeHome";
import { AnonymousGroupView } from "../group/AnonymousGroupView";
import { GroupContact } from "@/components/groups/GroupContact";
import { RequestToJoinDialog } from "./RequestToJoinDialog";
import type { GroupJoinRequestInterface, GroupMemberInterface } from "@churchapps/helpers";

interface Props {
  id: string;
  config: ConfigurationInterface;
}

interface GroupMember {
  id: string;
  personId?: string;
  leader?: boolean;
  person?: {
    id: string;
    name?: { display?: string; first?: string; last?: string };
    photo?: string;
    contactInfo?: any;
    householdId?: string;
  };
}

interface GroupWithExtras extends GroupInterface {
  about?: string;
  meetingDay?: string;
  meetingTime?: string;
  meetingLocation?: string;
}

type TabKey = "about" | "messages" | "members" | "attendance" | "events" | "resources" | "plans";

export const GroupDetail = ({ id, config }: Props) => {
  const isAuthenticated = !!UserHelper.user?.id;

  if (!isAuthenticated) {
    return <AnonymousGroupView idOrSlug={id} config={config} />;
  }

  return <AuthenticatedGroupDetail idOrSlug={id} config={config} />;
};

const AuthenticatedGroupDetail = ({ idOrSlug, config }: { idOrSlug: string; config: ConfigurationInterface }) => {
  // id is URL param (slug or real group id); derive resolved groupId from loaded group.
  const id = idOrSlug;
  const tc = mobileTheme.colors;
  const router = useRouter();
  const searchParams = useSearchParams();
  const queryClient = useQueryClient();
  const churchId = config.church.id;
  const [joining, setJoining] = React.useState(false);
  const [requestDialogOpen, setRequestDialogOpen] = React.useState(false);
  // Initially show the Members tab to avoid the messaging screen popup caused by a mounting bug.
  const [tab, setTab] = React.useState<TabKey>("members");
  const [chatOpen, setChatOpen] = React.useState(false);
  const [chatInitialTab, setChatInitialTab] = React.useState<ChatSubTab>("discussions");
  const [createEvent, setCreateEvent] = React.useState<string | null>(null);
  const [editEvent, setEditEvent] = React.useState<EventRow | null>(null);

  React.useEffect(() => {
    if (!searchParams) return;
    const activeTabParam = searchParams.get("activeTab");
    if (activeTabParam) {
      const allowed: TabKey[] = ["about", "messages", "members", "attendance", "events", "resources", "plans"];
      if ((allowed as string[]).includes(activeTabParam)) {
        if (activeTabParam === "messages") {
          setChatOpen(true);
        } else {
          setTab(activeTabParam as TabKey);
        }
      }
    }
    const openChatParam = searchParams.get("openChat");
    if (openChatParam === "1" || openChatParam === "true") {
      const chatTabParam = searchParams.get("chatTab");
      setChatInitialTab(chatTabParam === "announcements" ? "announcements" : "discussions");
      setChatOpen(true);
    }

  }, []);

  const isValidGroup = (data: any): data is GroupWithExtras =>
    !!data && typeof data === "object" && !!data.id;

  const { data: groupData, isLoading: groupLoading } = useQuery<GroupWithExtras | null>({
    queryKey: ["group-detail", id],
    queryFn: async () => {
      // `id` may be a real group id (shortIds can contain '-' or '_') or a slug, so
      // we can't tell them apart by shape — try id forms first, then the slug lookup.
      const authData = await ApiHelper.get(`/groups/${id}`, "MembershipApi");
      if (isValidGroup(authData)) return authData;
      const tryPublic = async (url: string) => {
        try {
          const d = await ApiHelper.get(url, "MembershipApi");
          return isValidGroup(d) ? d : null;
        } catch {
          return null;
        }
      };
      return (
        (await tryPublic(`/groups/public/${churchId}/${id}`)) ||
        (await tryPublic(`/groups/public/${churchId}/slug/${id}`))
      );
    },
    enabled: !!id && !!churchId
  });

  const groupId = groupData?.id;

  const { data: membersData = null } = useQuery<GroupMember[]>({
    queryKey: ["group-members", groupId],
    queryFn: async () => {
      const data = await ApiHelper.get(`/groupmembers?groupId=${groupId}`, "MembershipApi");
      return Array.isArray(data) ? data : [];
    },
    enabled: !!groupId
  });

  const { data: groupPlans = [] } = useQuery<PlanInterface[]>({
    queryKey: ["group-plans", groupId],
    queryFn: async () => {
      const data = await ApiHelper.get(`/groups/${groupId}/plans`, "MembershipApi");
      return Array.isArray(data) ? data : [];
    },
    enabled: !!groupId,
    placeholderData: []
  });

  const { data: myJoinRequests = [], refetch: refetchMyRequests } = useQuery<GroupJoinRequestInterface[]>({
    queryKey: ["my-join-requests"],
    queryFn: async () => {
      const data = await ApiHelper.get("/groupjoinrequests/my", "MembershipApi");
      return Array.isArray(data) ? data : [];
    },
    enabled: !!UserHelper.user?.id
  });

  const { data: publicLeaders = [] } = useQuery<GroupMemberInterface[]>({
    queryKey: ["group-leaders-public", churchId, groupId],
    queryFn: async () => {
      const data = await ApiHelper.getAnonymous(
        `/groupMembers/public/leaders/${churchId}/${groupId}`,
        "MembershipApi"
      );
      return Array.isArray(data) ? data : [];
    },
    enabled: !!groupId && !!churchId
  });
  const hasPlans = (groupPlans?.length || 0) > 0;

  const group: GroupWithExtras | null | undefined = groupLoading ? undefined : (groupData ?? null);

  React.useEffect(() => {
    if (group === null) {
      router.replace("/mobile/groups");
    }
  }, [group, router]);

  const members = membersData;

  const refreshMembers = () => queryClient.invalidateQueries({ queryKey: ["group-members", groupId] });

  const currentPersonId = UserHelper.person?.id;
  const myMembership = members?.find((m) => (m.personId || m.person?.id) === currentPersonId);

  const seedGroup = groupId ? UserHelper.currentUserChurch?.groups?.find((g) => g.id === groupId) : undefined;
  const isMember = members !== null ? !!myMembership : !!seedGroup;
  const isLeader = members !== null ? !!myMembership?.leader : !!seedGroup?.leader;
  const canEditResources = isLeader || UserHelper.checkAccess(Permissions.membershipApi.groups.edit);
  const canManageGroup = canEditResources;
  // Mirrors the server gate: group leaders, or staff who actually hold the attendance permission
  const canTakeAttendance = isLeader || UserHelper.checkAccess(Permissions.attendanceApi.attendance.edit);

  const handleMemberClick = (m: GroupMember) => {
    const pid = m.personId || m.person?.id;
    if (pid) router.push(`/mobile/community/${pid}`);
  };

  const handleLeave = async () => {
    if (!currentPersonId || !members) return;
    const mine = members.find((m) => (m.personId || m.person?.id) === currentPersonId);
    if (!mine?.id) return;
    setJoining(true);
    try {
      await ApiHelper.delete(`/groupmembers/${mine.id}`, "MembershipApi");
      refreshMembers();
    } finally {
      setJoining(false);
    }
  };

  const handleJoin = async () => {
    if (!currentPersonId || !groupId) return;
    setJoining(true);
    try {
      const result: any = await ApiHelper.post(
        "/groupmembers/self",
        { groupId },
        "MembershipApi"
      );
      if (result?.redirect === "request") {
        setRequestDialogOpen(true);
      } else {
        refreshMembers();
      }
    } finally {
      setJoining(false);
    }
  };

  const handleRequest = () => setRequestDialogOpen(true);

  const myPendingForGroup = React.useMemo(
    () => myJoinRequests.find((r) => r.groupId === groupId && r.status === "pending"),
    [myJoinRequests, groupId]
  );

  const renderMemberAvatar = (m: GroupMember) => {
    const common = { width: 40, height: 40, borderRadius: "20px", flexShrink: 0, overflow: "hidden" } as const;
    if (m.person?.photo) {
      return (
        <Box
          component="img"
          src={PersonHelper.getPhotoUrl(m.person as any)}
          alt={m.person?.name?.display || Locale.label("mobile.components.member")}
          sx={{ ...common, objectFit: "cover" }}
        />
      );
    }
    return (
      <Box
        sx={{
          ...common,
          bgcolor: tc.primaryLight,
          color: tc.primary,
          display: "flex",
          alignItems: "center",
          justifyContent: "center",
          fontWeight: 700,
          fontSize: 14
        }}
      >
        {getInitials(m.person)}
      </Box>
    );
  };

  const renderHero = () => {
    const memberCount = members?.length ?? 0;
    const hasPhoto = !!group?.photoUrl;
    const overlaySx = {
      position: "absolute",
      left: 0,
      right: 0,
      bottom: 0,
      px: "20px",
      py: "20px",
      background: "linear-gradient(transparent, rgba(7,14,27,0.78))"
    } as const;
    const chipSx = {
      display: "inline-flex",
      alignItems: "center",
      gap: "4px",
      bgcolor: "rgba(255,255,255,0.9)",
      color: "#000",
      fontSize: 10.5,
      fontWeight: 700,
      px: "8px",
      py: "4px",
      borderRadius: "999px"
    } as const;
    const leaderChipSx = { ...chipSx, bgcolor: "rgba(255,193,7,0.9)" } as const;

    return (
      <Box
        sx={{
          position: "relative",
          width: "100%",
          height: 220,
          borderRadius: "20px",
          overflow: "hidden",
          background: hasPhoto ? `url(${group!.photoUrl}) center / cover no-repeat, ${mobileTheme.colorWash}` : mobileTheme.colorWash
        }}
      >
        <Box sx={overlaySx}>
          <Typography
            sx={{
              fontSize: 26,
              fontWeight: 800,
              color: "#FFFFFF",
              lineHeight: 1.2,
              mb: "12px"
            }}
          >
            {group?.name}
          </Typography>
          <Box sx={{ display: "flex", gap: "8px", flexWrap: "wrap" }}>
            <Box sx={chipSx}>
              <Icon sx={{ fontSize: 14 }}>group</Icon>
              <span>
                {memberCount} {memberCount === 1 ? Locale.label("mobile.details.memberSingular") : Locale.label("mobile.details.membersLowercase")}
              </span>
            </Box>
            {isLeader && (
              <Box sx={leaderChipSx}>
                <Icon sx={{ fontSize: 14 }}>workspace_premium</Icon>
                <span>{Locale.label("mobile.details.leader")}</span>
              </Box>
            )}
          </Box>
        </Box>
      </Box>
    );
  };

  const renderAbout = () => {
    const rows: { icon: string; label: string }[] = [];
    if (group?.meetingDay) rows.push({ icon: "event", label: group.meetingDay });
    if (group?.meetingTime) rows.push({ icon: "schedule", label: group.meetingTime });
    if (group?.meetingLocation) rows.push({ icon: "place", label: group.meetingLocation });

    return (
      <Box sx={{ display: "flex", flexDirection: "column", gap: `${mobileTheme.spacing.md}px` }}>
        {(hasAbout || rows.length > 0) && (
          <Box
            sx={{
              bgcolor: tc.surface,
              border: `1px solid ${tc.border}`,
              borderRadius: `${mobileTheme.radius.lg}px`,
              p: `${mobileTheme.spacing.md}px`
            }}
          >
            <Typography sx={{ fontSize: 18, fontWeight: 600, color: tc.text, mb: `${mobileTheme.spacing.sm}px` }}>
              {Locale.label("mobile.details.about")}
            </Typography>
            {hasAbout && (
              <Box
                sx={{
                  fontSize: 14,
                  color: tc.textMuted,
                  lineHeight: 1.6,
                  mb: rows.length ? `${mobileTheme.spacing.md}px` : 0,
                  "& p": { mt: 0, mb: 1 },
                  "& p:last-child": { mb: 0 },
                  "& a": { color: tc.primary },
                  "& h1, & h2, & h3, & h4": { color: tc.text, fontWeight: 700, mt: 1, mb: 0.5 },
                  "& ul, & ol": { pl: 3, mt: 0, mb: 1 }
                }}
              >
                <MarkdownPreviewLight value={group?.about || ""} />
              </Box>
            )}
            {rows.map((r, idx) => (
              <Box
                key={`${r.icon}-${idx}`}
                sx={{ display: "flex", alignItems: "center", gap: `${mobileTheme.spacing.sm}px`, py: "6px" }}
              >
                <Icon sx={{ fontSize: 20, color: tc.primary }}>{r.icon}</Icon>
                <Typography sx={{ fontSize: 14, color: tc.text }}>{r.label}</Typography>
              </Box>
            ))}
          </Box>
        )}
        {!hasAbout && rows.length === 0 && (
          <Typography sx={{ fontSize: 14, color: tc.textMuted, textAlign: "center", p: 2 }}>
            {Locale.label("mobile.details.noDetailsYet")}
          </Typography>
        )}
        {renderActions()}
        {!isMember && !isLeader && publicLeaders.length > 0 && group && (
          <Box
            sx={{
              bgcolor: tc.surface,
              border: `1px solid ${tc.border}`,
              borderRadius: `${mobileTheme.radius.lg}px`,
              p: `${mobileTheme.spacing.md}px`
            }}
          >
            <GroupContact group={group} leaders={publicLeaders} config={config} />
          </Box>
        )}
      </Box>
    );
  };

  const renderMembersTab = () => (
    <Box
      sx={{
        bgcolor: tc.surface,
        border: `1px solid ${tc.border}`,
        borderRadius: `${mobileTheme.radius.lg}px`,
        p: `${mobileTheme.spacing.md}px`
      }}
    >
      <Typography sx={{ fontSize: 18, fontWeight: 600, color: tc.text, mb: `${mobileTheme.spacing.sm}px` }}>
        {Locale.label("mobile.details.members").replace("{}", String(members?.length ?? 0))}
      </Typography>
      {members === null &&
        [0, 1, 2].map((k) => (
          <Box
            key={`msk-${k}`}
            sx={{ display: "flex", alignItems: "center", gap: `${mobileTheme.spacing.md}px`, py: "4px", height: 48 }}
          >
            <Skeleton variant="circular" width={40} height={40} />
            <Skeleton variant="text" width="50%" height={18} />
          </Box>
        ))}
      {members !== null && members.length === 0 && (
        <Typography sx={{ fontSize: 14, color: tc.textMuted }}>{Locale.label("mobile.details.noMembersYet")}</Typography>
      )}
      {members !== null &&
        members.map((m) => (
          <Box
            key={m.id}
            role="button"
            tabIndex={0}
            onClick={() => handleMemberClick(m)}
            onKeyDown={(e) => {
              if (e.key === "Enter" || e.key === " ") {
                e.preventDefault();
                handleMemberClick(m);
              }
            }}
            sx={{
              display: "flex",
              alignItems: "center",
              gap: `${mobileTheme.spacing.md}px`,
              height: 48,
              px: "4px",
              borderRadius: `${mobileTheme.radius.md}px`,
              cursor: "pointer",
              "&:hover": { bgcolor: tc.iconBackground }
            }}
          >
            {renderMemberAvatar(m)}
            <Box sx={{ flex: 1, minWidth: 0 }}>
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
                {m.person?.name?.display || Locale.label("mobile.components.unknown")}
              </Typography>
              <Typography sx={{ fontSize: 12, color: tc.textSecondary }}>
                {m.leader ? Locale.label("mobile.details.leader") : Locale.label("mobile.details.memberLabel")}
              </Typography>
            </Box>
            <Icon sx={{ color: tc.textSecondary }}>chevron_right</Icon>
          </Box>
        ))}
    </Box>
  );

  const renderActions = () => {
    if (!currentPersonId) return null;
    if (isMember) {
      return (
        <Button
          variant="outlined"
          color="error"
          fullWidth
          disabled={joining}
          onClick={handleLeave}
          sx={{
            textTransform: "none",
            fontWeight: 600,
            borderRadius: `${mobileTheme.radius.md}px`,
            py: "10px"
          }}
        >
          {Locale.label("mobile.details.leaveGroup")}
        </Button>
      );
    }
    const policy = group?.joinPolicy ?? "open";
    if (policy === "closed") return null;
    if (policy === "request") {
      const alreadyRequested = !!myPendingForGroup;
      return (
        <Button
          variant="contained"
          fullWidth
          disabled={joining || alreadyRequested}
          onClick={handleRequest}
          data-testid="request-to-join-button"
          sx={{
            bgcolor: tc.primary,
            color: tc.onPrimary,
            textTransform: "none",
            fontWeight: 600,
            borderRadius: `${mobileTheme.radius.md}px`,
            py: "10px",
            "&:hover": { bgcolor: tc.primary }
          }}
        >
          {alreadyRequested ? "Request Pending" : "Request to Join"}
        </Button>
      );
    }
    return (
      <Button
        variant="contained"
        fullWidth
        disabled={joining}
        onClick={handleJoin}
        data-testid="join-group-button"
        sx={{
          bgcolor: tc.primary,
          color: tc.onPrimary,
          textTransform: "none",
          fontWeight: 600,
          borderRadius: `${mobileTheme.radius.md}px`,
          py: "10px",
          "&:hover": { bgcolor: tc.primary }
        }}
      >
        {Locale.label("mobile.details.joinGroup")}
      </Button>
    );
  };

  const renderSkeleton = () => (
    <Box sx={{ display: "flex", flexDirection: "column", gap: `${mobileTheme.spacing.md}px` }}>
      <Skeleton
        variant="rounded"
        sx={{ width: "100%", paddingTop: "56.25%", borderRadius: `${mobileTheme.radius.lg}px` }}
      />
      <Box
        sx={{ bgcolor: tc.surface, borderRadius: `${mobileTheme.radius.lg}px`, p: `${mobileTheme.spacing.md}px` }}
      >
        <Skeleton variant="text" width="30%" height={24} />
        <Skeleton variant="text" width="95%" />
        <Skeleton variant="text" width="85%" />
      </Box>
    </Box>
  );

  const renderNotFound = () => (
    <Box
      sx={{
        bgcolor: tc.surface,
        border: `1px solid ${tc.border}`,
        borderRadius: `${mobileTheme.radius.xl}px`,
        p: `${mobileTheme.spacing.lg}px`,
        textAlign: "center"
      }}
    >
      <Box
        sx={{
          width: 64,
          height: 64,
          borderRadius: "11px",
          bgcolor: tc.iconBackground,
          display: "inline-flex",
          alignItems: "center",
          justifyContent: "center",
          mb: `${mobileTheme.spacing.md}px`
        }}
      >
        <Icon sx={{ fontSize: 32, color: tc.primary }}>groups</Icon>
      </Box>
      <Typography sx={{ fontSize: 18, fontWeight: 600, color: tc.text, mb: `${mobileTheme.spacing.xs}px` }}>
        {Locale.label("mobile.details.groupNotFound")}
      </Typography>
      <Typography sx={{ fontSize: 14, color: tc.textMuted, mb: `${mobileTheme.spacing.md}px` }}>
        {Locale.label("mobile.details.groupNotFoundDescription")}
      </Typography>
      <Button
        variant="outlined"
        onClick={() => router.push("/mobile/groups")}
        sx={{
          borderColor: tc.primary,
          color: tc.primary,
          textTransform: "none",
          fontWeight: 500,
          borderRadius: `${mobileTheme.radius.md}px`
        }}
      >
        {Locale.label("mobile.details.backToGroups")}
      </Button>
    </Box>
  );

  const hasAbout = !!group?.about;
  const availableTabs: { key: TabKey; label: string; icon: string }[] = [];
  if (hasAbout) availableTabs.push({ key: "about", label: Locale.label("mobile.details.tabAbout"), icon: "info" });
  if (hasPlans) availableTabs.push({ key: "plans", label: Locale.label("groupsPage.plans"), icon: "event_note" });
  if (isMember) availableTabs.push({ key: "messages", label: Locale.label("mobile.details.tabMessages"), icon: "forum" });
  availableTabs.push({ key: "members", label: Locale.label("mobile.details.membersTab"), icon: "group" });
  if (canTakeAttendance) availableTabs.push({ key: "attendance", label: Locale.label("mobile.details.tabAttendance"), icon: "fact_check" });
  availableTabs.push({ key: "events", label: Locale.label("mobile.details.tabEvents"), icon: "event" });
  availableTabs.push({ key: "resources", label: Locale.label("mobile.details.tabResources"), icon: "folder" });

  // Default to the first tab, but never Messages — its modal can't mount before the screen is ready.
  const defaultTab = availableTabs.find((t) => t.key !== "messages")?.key ?? "members";
  const tabInitialized = React.useRef(false);
  React.useEffect(() => {
    if (!group) return;
    const explicit = searchParams?.get("activeTab");
    if (!tabInitialized.current && !explicit) {
      tabInitialized.current = true;
      setTab(defaultTab);
      return;
    }
    if (!availableTabs.some((t) => t.key === tab)) {
      setTab(defaultTab);
    }
  }, [group, hasAbout, hasPlans, isMember, isLeader, canTakeAttendance, tab]);

  return (
    <Box sx={{ p: `${mobileTheme.spacing.md}px`, bgcolor: tc.background, minHeight: "100%" }}>
      {group === undefined && renderSkeleton()}
      {group === null && renderNotFound()}
      {group && (
        <Box sx={{ display: "flex", flexDirection: "column", gap: `${mobileTheme.spacing.md}px` }}>
          {renderHero()}

          <GroupLessonTakeHome isMember={isMember} plans={groupPlans} />

          <Box
            sx={{
              bgcolor: tc.surface,
              border: `1px solid ${tc.border}`,
              borderRadius: `${mobileTheme.radius.lg}px`,
              overflow: "hidden"
            }}
          >
            <Tabs
              value={tab}
              onChange={(_, v) => {
                if (v === "messages") {
                  setChatInitialTab("discussions");
                  setChatOpen(true);
                  return;
                }
                setTab(v);
              }}
              variant="scrollable"
              scrollButtons="auto"
              allowScrollButtonsMobile
              textColor="primary"
              indicatorColor="primary"
              sx={{
                minHeight: 52,
                "& .MuiTabs-indicator": { backgroundColor: tc.primary, height: 2 },
                "& .MuiTabs-scrollButtons.Mui-disabled": { opacity: 0.3 },
                "& .MuiTab-root": {
                  minHeight: 52,
                  textTransform: "none",
                  fontWeight: 500,
                  fontSize: 14,
                  color: tc.textSecondary,
                  minWidth: "auto",
                  px: 2
                },
                "& .Mui-selected": { color: `${tc.primary} !important`, fontWeight: 700 }
              }}
            >
              {availableTabs.map((t) => (
                <Tab
                  key={t.key}
                  value={t.key}
                  label={
                    <Box sx={{ display: "flex", alignItems: "center", gap: 0.5 }}>
                      <Icon sx={{ fontSize: 18 }}>{t.icon}</Icon>
                      <span>{t.label}</span>
                    </Box>
                  }
                />
              ))}
            </Tabs>
          </Box>

          {tab === "about" && renderAbout()}
          {tab === "members" && renderMembersTab()}
          {tab === "events" && groupId && (
            <GroupCalendarTab
              groupId={groupId}
              canManage={canManageGroup}
              isMember={isMember}
              onAddEvent={(dateIso) => setCreateEvent(dateIso)}
              onEditEvent={(ev) => setEditEvent(ev)}
              firstDayOfWeek={getFirstDayOfWeek(config.church)}
            />
          )}
          {tab === "attendance" && canTakeAttendance && groupId && members !== null && (
            <GroupAttendanceTab
              groupId={groupId}
              members={(members || [])
                .filter((m) => m.person?.id)
                .map((m) => ({
                  id: m.id,
                  person: {
                    id: m.person!.id,
                    name: { display: m.person!.name?.display },
                    photo: m.person!.photo
                  }
                }))}
            />
          )}
          {tab === "resources" && groupId && <GroupResourcesTab groupId={groupId} canEdit={canEditResources} />}
          {tab === "plans" && groupId && <GroupPlansTab groupId={groupId} />}
        </Box>
      )}

      {groupId && (
        <GroupChatModal
          open={chatOpen}
          groupId={groupId}
          groupName={group?.name}
          isLeader={isLeader}
          initialSubTab={chatInitialTab}
          onClose={() => setChatOpen(false)}
        />
      )}
      {groupId && (
        <CreateEventModal
          open={!!createEvent}
          groupId={groupId}
          initialDateIso={createEvent || undefined}
          onClose={() => setCreateEvent(null)}
          onSaved={() => {
            setCreateEvent(null);
            queryClient.invalidateQueries({ queryKey: ["group-events", groupId] });
          }}
        />
      )}
      {groupId && (
        <CreateEventModal
          open={!!editEvent}
          groupId={groupId}
          event={editEvent as any}
          onClose={() => setEditEvent(null)}
          onSaved={() => {
            setEditEvent(null);
            queryClient.invalidateQueries({ queryKey: ["group-events", groupId] });
          }}
        />
      )}
      {groupId && (
        <RequestToJoinDialog
          open={requestDialogOpen}
          groupId={groupId}
          groupName={group?.name}
          onClose={() => setRequestDialogOpen(false)}
          onSubmitted={() => {
            setRequestDialogOpen(false);
            refetchMyRequests();
          }}
        />
      )}
    </Box>
  );
};

export default GroupDetail;
