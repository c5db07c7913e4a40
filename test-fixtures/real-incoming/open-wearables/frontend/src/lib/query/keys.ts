import type { HealthDataParams, UserQueryParams } from '../api/types';

export const queryKeys = {
  auth: {
    all: ['auth'] as const,
    session: () => [...queryKeys.auth.all, 'session'] as const,
  },

  users: {
    all: ['users'] as const,
    lists: () => [...queryKeys.users.all, 'list'] as const,
    list: (params?: UserQueryParams) =>
      [...queryKeys.users.lists(), params] as const,
    details: () => [...queryKeys.users.all, 'detail'] as const,
    detail: (id: string) => [...queryKeys.users.details(), id] as const,
  },

  dashboard: {
    all: ['dashboard'] as const,
    stats: () => [...queryKeys.dashboard.all, 'stats'] as const,
    charts: (timeRange?: string) =>
      [...queryKeys.dashboard.all, 'charts', timeRange] as const,
  },

  apiKeys: {
    all: ['apiKeys'] as const,
    lists: () => [...queryKeys.apiKeys.all, 'list'] as const,
    list: (filters?: { type?: string }) =>
      [...queryKeys.apiKeys.lists(), filters] as const,
    details: () => [...queryKeys.apiKeys.all, 'detail'] as const,
    detail: (id: string) => [...queryKeys.apiKeys.details(), id] as const,
  },

  applications: {
    all: ['applications'] as const,
    lists: () => [...queryKeys.applications.all, 'list'] as const,
    list: () => [...queryKeys.applications.lists()] as const,
  },

  automations: {
    all: ['automations'] as const,
    lists: () => [...queryKeys.automations.all, 'list'] as const,
    list: (filters?: { status?: string; search?: string }) =>
      filters
        ? ([...queryKeys.automations.lists(), filters] as const)
        : queryKeys.automations.lists(),
    details: () => [...queryKeys.automations.all, 'detail'] as const,
    detail: (id: string) => [...queryKeys.automations.details(), id] as const,
    triggers: (id: string) =>
      [...queryKeys.automations.detail(id), 'triggers'] as const,
    test: (id: string) =>
      [...queryKeys.automations.detail(id), 'test'] as const,
  },

  healthData: {
    all: (userId: string) => ['healthData', userId] as const,
    sleep: (userId: string, dateRange?: { start: string; end: string }) =>
      [...queryKeys.healthData.all(userId), 'sleep', dateRange] as const,
    activity: (userId: string, dateRange?: { start: string; end: string }) =>
      [...queryKeys.healthData.all(userId), 'activity', dateRange] as const,
  },

  health: {
    all: ['health'] as const,
    providers: () => [...queryKeys.health.all, 'providers'] as const,
    connections: (userId: string) =>
      [...queryKeys.health.all, 'connections', userId] as const,
    sleep: (userId: string, days: number) =>
      [...queryKeys.health.all, 'sleep', userId, days] as const,
    sleepSessions: (userId: string, params?: unknown) =>
      [...queryKeys.health.all, 'sleepSessions', userId, params] as const,
    sleepSummaries: (userId: string, params?: unknown) =>
      [...queryKeys.health.all, 'sleepSummaries', userId, params] as const,
    activitySummaries: (userId: string, params?: unknown) =>
      [...queryKeys.health.all, 'activitySummaries', userId, params] as const,
    bodySummary: (userId: string, params?: unknown) =>
      [...queryKeys.health.all, 'bodySummary', userId, params] as const,
    healthScores: (userId: string, params?: unknown) =>
      [...queryKeys.health.all, 'healthScores', userId, params] as const,
    activity: (userId: string, days: number) =>
      [...queryKeys.health.all, 'activity', userId, days] as const,
    summary: (userId: string, period?: string) =>
      [...queryKeys.health.all, 'summary', userId, period] as const,
    workouts: (userId: string, params?: HealthDataParams) =>
      [...queryKeys.health.all, 'workouts', userId, params] as const,
    timeseries: (userId: string, params?: unknown) =>
      [...queryKeys.health.all, 'timeseries', userId, params] as const,
    dataSummary: (userId: string, params?: unknown) =>
      [...queryKeys.health.all, 'dataSummary', userId, params] as const,
    menstrualCycles: (userId: string, params?: unknown) =>
      [...queryKeys.health.all, 'menstrualCycles', userId, params] as const,
  },

  connections: {
    all: (userId: string) => ['connections', userId] as const,
    status: (userId: string) =>
      [...queryKeys.connections.all(userId), 'status'] as const,
  },

  garmin: {
    all: ['garmin'] as const,
    backfillStatus: (userId: string) =>
      [...queryKeys.garmin.all, 'backfill', userId] as const,
  },

  requestLogs: {
    all: ['requestLogs'] as const,
    lists: () => [...queryKeys.requestLogs.all, 'list'] as const,
    list: (filters?: {
      status?: number;
      method?: string;
      search?: string;
      dateRange?: { start: string; end: string };
    }) => [...queryKeys.requestLogs.lists(), filters] as const,
  },

  chat: {
    all: (userId?: string) => ['chat', userId] as const,
    history: (userId?: string) =>
      [...queryKeys.chat.all(userId), 'history'] as const,
  },

  oauthProviders: {
    all: ['oauthProviders'] as const,
    list: (cloudOnly?: boolean, enabledOnly?: boolean) =>
      [
        ...queryKeys.oauthProviders.all,
        'list',
        { cloudOnly, enabledOnly },
      ] as const,
  },

  priorities: {
    all: ['priorities'] as const,
    providers: () => [...queryKeys.priorities.all, 'providers'] as const,
    deviceTypes: () => [...queryKeys.priorities.all, 'deviceTypes'] as const,
    dataSources: (userId: string) =>
      [...queryKeys.priorities.all, 'dataSources', userId] as const,
  },

  archival: {
    all: ['archival'] as const,
    settings: () => [...queryKeys.archival.all, 'settings'] as const,
  },

  developers: {
    all: ['developers'] as const,
    lists: () => [...queryKeys.developers.all, 'list'] as const,
    list: () => [...queryKeys.developers.lists()] as const,
    details: () => [...queryKeys.developers.all, 'detail'] as const,
    detail: (id: string) => [...queryKeys.developers.details(), id] as const,
  },

  invitations: {
    all: ['invitations'] as const,
    lists: () => [...queryKeys.invitations.all, 'list'] as const,
    list: () => [...queryKeys.invitations.lists()] as const,
  },

  seedData: {
    all: ['seedData'] as const,
    presets: () => [...queryKeys.seedData.all, 'presets'] as const,
    sleepProfiles: () => [...queryKeys.seedData.all, 'sleepProfiles'] as const,
  },

  webhooks: {
    all: ['webhooks'] as const,
    eventTypes: () => [...queryKeys.webhooks.all, 'eventTypes'] as const,
    lists: () => [...queryKeys.webhooks.all, 'list'] as const,
    list: () => [...queryKeys.webhooks.lists()] as const,
    details: () => [...queryKeys.webhooks.all, 'detail'] as const,
    detail: (id: string) => [...queryKeys.webhooks.details(), id] as const,
    secret: (id: string) =>
      [...queryKeys.webhooks.detail(id), 'secret'] as const,
    messages: () => [...queryKeys.webhooks.all, 'messages'] as const,
    attempts: (id: string) =>
      [...queryKeys.webhooks.detail(id), 'attempts'] as const,
  },

  meta: {
    all: ['meta'] as const,
    coverage: () => [...queryKeys.meta.all, 'coverage'] as const,
  },
  config: {
    all: ['config'] as const,
  },

  syncStatus: {
    all: ['syncStatus'] as const,
    recent: (userId: string, limit?: number) =>
      [...queryKeys.syncStatus.all, 'recent', userId, limit] as const,
    runs: (userId: string, limit?: number) =>
      [...queryKeys.syncStatus.all, 'runs', userId, limit] as const,
    allRuns: (filters?: Record<string, string | undefined>, limit?: number) =>
      [...queryKeys.syncStatus.all, 'allRuns', filters ?? {}, limit] as const,
  },
} as const;
