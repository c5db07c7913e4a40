export interface ApiErrorResponse {
  message: string;
  code: string;
  statusCode: number;
  details?: Record<string, unknown>;
}

export interface ApiResponse<T> {
  data: T;
  message?: string;
}

export interface UserRead {
  id: string;
  created_at: string;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  external_user_id: string | null;
  last_synced_at: string | null;
  last_synced_provider: string | null;
  has_active_connection: boolean;
}

export interface UserCreate {
  first_name?: string | null;
  last_name?: string | null;
  email?: string | null;
  external_user_id?: string | null;
}

export interface UserQueryParams {
  page?: number;
  limit?: number;
  sort_by?:
    'created_at' | 'email' | 'first_name' | 'last_name' | 'last_synced_at';
  sort_order?: 'asc' | 'desc';
  search?: string;
  email?: string;
  external_user_id?: string;
}

export interface PaginatedUsersResponse {
  items: UserRead[];
  total: number;
  page: number;
  limit: number;
  pages: number;
  has_next: boolean;
  has_prev: boolean;
}

export interface PaginatedResponse<T> {
  data: T[];
  pagination: {
    next_cursor: string | null;
    previous_cursor: string | null;
    has_more: boolean;
  };
  metadata: {
    resolution: string | null;
    sample_count: number | null;
    start_time: string | null;
    end_time: string | null;
  };
}

export interface UserUpdate {
  first_name?: string | null;
  last_name?: string | null;
  email?: string | null;
  external_user_id?: string | null;
}

export interface PresignedURLRequest {
  filename: string;
  expiration_seconds?: number;
  max_file_size?: number;
}

export interface PresignedURLResponse {
  upload_url: string;
  form_fields: Record<string, string>;
  file_key: string;
  expires_in: number;
  max_file_size: number;
  bucket: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface AuthResponse {
  access_token: string;
  token_type: string;
  developer_id: string;
}

export interface InvitationCode {
  id: string;
  code: string;
  user_id: string;
  expires_at: string;
  created_at: string;
}

export interface RegisterRequest {
  email: string;
  password: string;
  name?: string;
}

export interface RegisterResponse {
  id: string;
  email: string;
  is_active: boolean;
  is_superuser: boolean;
  is_verified: boolean;
  created_at: string;
  updated_at: string;
}

export interface ForgotPasswordRequest {
  email: string;
}

export interface TimeSeriesSample {
  timestamp: string;
  type: string;
  value: number;
  unit: string;
}

export interface TimeSeriesParams {
  start_time: string;
  end_time: string;
  types?: string[];
  resolution?: 'raw' | '1min' | '5min' | '15min' | '1hour';
  cursor?: string;
  limit?: number;
  [key: string]: string | string[] | number | undefined;
}

export interface ResetPasswordRequest {
  token: string;
  password: string;
}

export interface ChangePasswordRequest {
  current_password: string;
  new_password: string;
  confirm_password: string;
}

export interface MetricCount {
  count: number;
}

export interface DataPointsInfo {
  count: number;
  archived: number;
}

export interface EventRecordsInfo {
  count: number;
  workouts: number;
  sleep: number;
  menstrual_cycles: number;
}

export interface ProviderConnectionCount {
  provider: string;
  count: number;
}

export interface ConnectionsCoverage {
  users_with_active: number;
  users_with_multi_active: number;
  top_providers: ProviderConnectionCount[];
}

export interface DashboardStats {
  total_users: MetricCount;
  active_conn: MetricCount;
  data_points: DataPointsInfo;
  event_records: EventRecordsInfo;
  connections_coverage: ConnectionsCoverage;
}

export interface ProviderDataCount {
  provider: string;
  data_points: number;
  series_counts: Record<string, number>;
  workout_count: number;
  sleep_count: number;
}

export interface UserDataSummary {
  user_id: string;
  total_data_points: number;
  total_workouts: number;
  total_sleep_events: number;
  series_type_counts: Record<string, number>;
  workout_type_counts: Record<string, number>;
  by_provider: ProviderDataCount[];
  has_womens_health_data: boolean;
}

/** Optional date scope for the data summary. Omitting both fields = all-time. */
export interface DataSummaryParams {
  start_date?: string; // ISO datetime
  end_date?: string; // ISO datetime (exclusive)
  [key: string]: string | undefined;
}

export interface MenstrualCycleRecord {
  id: string;
  start_time: string;
  end_time: string;
  zone_offset: string | null;
  source: SourceMetadata;
  current_phase: number | null;
  current_phase_type: string | null;
  day_in_cycle: number | null;
  cycle_length: number | null;
  predicted_cycle_length: number | null;
  is_predicted_cycle: boolean | null;
  period_length: number | null;
  length_of_current_phase: number | null;
  days_until_next_phase: number | null;
  fertile_window_start: number | null;
  length_of_fertile_window: number | null;
  last_updated_at: string | null;
  has_specified_cycle_length: boolean | null;
  has_specified_period_length: boolean | null;
  pregnancy_snapshot: Record<string, unknown>[] | null;
}

export interface MenstrualCyclesParams {
  start_date: string;
  end_date: string;
  cursor?: string;
  limit?: number;
  [key: string]: string | number | undefined;
}

export interface Provider {
  provider: string;
  name: string;
  has_cloud_api: boolean;
  is_enabled: boolean;
  icon_url: string;
  live_sync_mode: 'pull' | 'webhook' | null;
  live_sync_configurable: boolean;
}

export type WearableProvider =
  'fitbit' | 'garmin' | 'oura' | 'whoop' | 'strava' | 'google-fit' | 'withings';

export interface UserConnection {
  user_id: string;
  provider: string;
  provider_user_id?: string;
  provider_username?: string;
  scope?: string;
  id: string;
  status: 'active' | 'revoked' | 'expired';
  last_synced_at?: string;
  created_at: string;
  updated_at: string;
  icon_url?: string | null;
  max_historical_days?: number | null;
  rest_pull?: boolean;
  webhook_stream?: boolean;
  webhook_ping?: boolean;
  webhook_callback?: boolean;
  live_sync_mode?: 'pull' | 'webhook' | null;
  linked_user_ids?: string[];
}

// ============================================================================
// Summary Types - Match backend schemas for /users/{userId}/summaries/* endpoints
// ============================================================================

export interface SleepStagesSummary {
  awake_minutes: number | null;
  light_minutes: number | null;
  deep_minutes: number | null;
  rem_minutes: number | null;
}

export interface SleepStage {
  stage: 'in_bed' | 'sleeping' | 'light' | 'deep' | 'rem' | 'awake' | 'unknown';
  start_time: string;
  end_time: string;
  duration_seconds?: number;
}

export type DeviceType =
  'watch' | 'band' | 'ring' | 'phone' | 'scale' | 'other' | 'unknown';

export interface SourceMetadata {
  provider: string;
  source: string | null;
  device: string | null;
  device_name: string | null;
  device_type: DeviceType | null;
}

export interface SleepSession {
  id: string;
  start_time: string;
  end_time: string;
  source: SourceMetadata;
  duration_seconds: number;
  sleep_duration_seconds: number | null;
  efficiency_percent: number | null;
  stages: SleepStagesSummary | null;
  sleep_stage_intervals: SleepStage[] | null;
  is_nap: boolean;
}

export interface SleepSessionsParams {
  start_date: string;
  end_date: string;
  cursor?: string;
  limit?: number;
  /**
   * When true, the backend keeps only the highest-priority source's sessions
   * per sleep date (provider/device priority), deduplicating across providers.
   */
  filter_by_priority?: boolean;
  [key: string]: string | number | boolean | undefined;
}

export interface SleepSummary {
  date: string;
  source: SourceMetadata;
  start_time: string | null;
  end_time: string | null;
  duration_minutes: number | null;
  time_in_bed_minutes: number | null;
  efficiency_percent: number | null;
  stages: SleepStagesSummary | null;
  interruptions_count: number | null;
  nap_count: number | null;
  nap_duration_minutes: number | null;
  avg_heart_rate_bpm: number | null;
  avg_hrv_sdnn_ms: number | null;
  avg_respiratory_rate: number | null;
  avg_spo2_percent: number | null;
}

export interface BloodPressure {
  avg_systolic_mmhg: number | null;
  avg_diastolic_mmhg: number | null;
  max_systolic_mmhg: number | null;
  max_diastolic_mmhg: number | null;
  min_systolic_mmhg: number | null;
  min_diastolic_mmhg: number | null;
  reading_count: number | null;
}

/**
 * Slow-changing body composition metrics.
 * Returns the most recent recorded value for each field.
 */
export interface BodySlowChanging {
  weight_kg: number | null;
  height_cm: number | null;
  body_fat_percent: number | null;
  muscle_mass_kg: number | null;
  bmi: number | null;
  age: number | null;
}

/**
 * Vitals averaged over a configurable time period (1 or 7 days).
 */
export interface BodyAveraged {
  period_days: number;
  resting_heart_rate_bpm: number | null;
  avg_hrv_sdnn_ms: number | null;
  avg_hrv_rmssd_ms: number | null;
  period_start: string;
  period_end: string;
}

/**
 * Point-in-time metrics only returned if measured within a time window.
 */
export interface BodyLatest {
  body_temperature_celsius: number | null;
  body_temperature_measured_at: string | null;
  skin_temperature_celsius: number | null;
  skin_temperature_measured_at: string | null;
  blood_pressure: BloodPressure | null;
  blood_pressure_measured_at: string | null;
}

/**
 * Comprehensive body metrics with semantic grouping.
 * Returns null from API if no body data exists.
 */
export interface BodySummary {
  source: SourceMetadata;
  slow_changing: BodySlowChanging;
  averaged: BodyAveraged;
  latest: BodyLatest;
}

/**
 * Query parameters for body summary endpoint.
 */
export interface BodySummaryParams {
  average_period?: 1 | 7;
  latest_window_hours?: number;
  [key: string]: number | undefined;
}

export interface RecoverySummary {
  date: string;
  source: SourceMetadata;
  sleep_duration_seconds: number | null;
  sleep_efficiency_percent: number | null;
  resting_heart_rate_bpm: number | null;
  avg_hrv_sdnn_ms: number | null;
  avg_spo2_percent: number | null;
  recovery_score: number | null;
}

export interface HeartRateStats {
  avg_bpm: number | null;
  max_bpm: number | null;
  min_bpm: number | null;
}

export interface IntensityMinutes {
  light: number | null;
  moderate: number | null;
  vigorous: number | null;
}

export interface ActivitySummary {
  date: string;
  source: SourceMetadata;
  // Step and movement metrics
  steps: number | null;
  distance_meters: number | null;
  // Elevation metrics
  floors_climbed: number | null;
  elevation_meters: number | null;
  // Energy metrics
  active_calories_kcal: number | null;
  total_calories_kcal: number | null;
  // Duration metrics
  active_minutes: number | null;
  sedentary_minutes: number | null;
  // Intensity metrics (based on HR zones)
  intensity_minutes: IntensityMinutes | null;
  // Heart rate aggregates
  heart_rate: HeartRateStats | null;
}

export interface ApiKey {
  id: string; // This is the actual API key value (sk-...)
  name: string;
  created_by: string;
  created_at: string;
}

export interface ApiKeyCreate {
  name: string;
}

export interface ApiKeyUpdate {
  name?: string | null;
}

/** SDK application credentials for mobile app authentication. */
export interface Application {
  id: string;
  app_id: string;
  name: string;
  created_at: string;
}

export interface ApplicationCreate {
  name: string;
}

/** Returned only on create / rotate-secret — secret cannot be retrieved again. */
export interface ApplicationWithSecret extends Application {
  app_secret: string;
}

export interface Automation {
  id: string;
  name: string;
  description: string;
  webhookUrl: string;
  isEnabled: boolean;
  createdAt: string;
  updatedAt: string;
  lastTriggered: string | null;
  triggerCount: number;
}

export interface AutomationCreate {
  name: string;
  description: string;
  webhookUrl: string;
  isEnabled?: boolean;
}

export interface AutomationUpdate {
  name?: string;
  description?: string;
  webhookUrl?: string;
  isEnabled?: boolean;
}

export interface AutomationTrigger {
  id: string;
  automationId: string;
  userId: string;
  userName: string;
  userEmail: string;
  triggeredAt: string;
  data: Record<string, unknown>;
  webhookStatus: 'success' | 'failed' | 'pending';
  webhookResponse?: Record<string, unknown>;
  markedIncorrect?: boolean;
}

export interface TestAutomationResult {
  automationId: string;
  totalTriggers: number;
  dateRange: { start: string; end: string };
  executionTime: number;
  instances: AutomationTrigger[];
}

export interface RequestLog {
  id: string;
  timestamp: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
  endpoint: string;
  statusCode: number;
  responseTime: number;
  request: {
    headers: Record<string, string>;
    body?: unknown;
    query?: Record<string, string>;
  };
  response: {
    headers: Record<string, string>;
    body?: unknown;
  };
  error?: {
    message: string;
    stack?: string;
  };
}

export interface ApiCallsDataPoint {
  date: string;
  calls: number;
}

export interface DataPointsDataPoint {
  date: string;
  points: number;
}

export interface AutomationTriggersDataPoint {
  date: string;
  triggers: number;
  users: number;
}

export interface TriggersByTypeDataPoint {
  type: string;
  count: number;
}

export interface ChatMessage {
  id: string;
  role: 'user' | 'assistant';
  content: string;
  timestamp: string;
}

export interface ChatRequest {
  message: string;
  userId?: string;
}

export interface EventRecordResponse {
  id: string;
  type: string;
  name?: string | null;
  start_time: string;
  end_time: string;
  duration_seconds?: number | null;
  source?: SourceMetadata;
  calories_kcal?: number | null;
  distance_meters?: number | null;
  // Heart rate fields (matching backend Workout schema)
  avg_heart_rate_bpm?: number | null;
  max_heart_rate_bpm?: number | null;
  // Elevation and pace
  elevation_gain_meters?: number | null;
  avg_pace_sec_per_km?: number | null;

  // Legacy fields (keeping for compatibility if needed, but marked optional)
  user_id?: string;
  provider_id?: string | null;
  category?: string;
  source_name?: string;
  device_id?: string | null;
  start_datetime?: string;
  end_datetime?: string;
  steps_min?: number | string | null;
  steps_max?: number | string | null;
  steps_avg?: number | string | null;
  max_speed?: number | string | null;
  max_watts?: number | string | null;
  moving_time_seconds?: number | string | null;
  average_speed?: number | string | null;
  average_watts?: number | string | null;
  elev_high?: number | string | null;
  elev_low?: number | string | null;
  sleep_total_duration_minutes?: number | string | null;
  sleep_time_in_bed_minutes?: number | string | null;
  sleep_efficiency_score?: number | string | null;
  sleep_deep_minutes?: number | string | null;
  sleep_rem_minutes?: number | string | null;
  sleep_light_minutes?: number | string | null;
  sleep_awake_minutes?: number | string | null;
}

export interface HealthDataParams {
  start_datetime?: string;
  end_datetime?: string;
  device_id?: string;
  limit?: number;
  offset?: number;
  [key: string]: string | number | undefined;
}

export interface Developer {
  id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  created_at: string;
}

export interface Invitation {
  id: string;
  email: string;
  token: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  status: 'pending' | 'sent' | 'failed' | 'accepted' | 'expired' | 'revoked';
}

export interface InvitationCreate {
  email: string;
}

export interface InvitationAccept {
  token: string;
  first_name: string;
  last_name: string;
  password: string;
}

// Health Score types
export interface ScoreComponent {
  value: number | null;
  qualifier: string | null;
}

export interface HealthScoreResponse {
  id: string;
  data_source_id: string | null;
  provider: string | null;
  category: string;
  value: number | null;
  qualifier: string | null;
  recorded_at: string;
  zone_offset: string | null;
  components: Record<string, ScoreComponent> | null;
}

export interface HealthScoreParams {
  start_date?: string;
  end_date?: string;
  category?: string;
  provider?: string;
  limit?: number;
  offset?: number;
  [key: string]: string | number | undefined;
}

// Sync Response (returned by provider sync endpoint)
export interface SyncResponse {
  success: boolean;
  async: boolean;
  task_id: string;
  message: string;
}

// Garmin Backfill Types (webhook-based, multi-window sequential sync)
export interface BackfillWindowStatus {
  [dataType: string]: 'done' | 'pending' | 'timed_out' | 'failed';
}

export interface BackfillTypeSummary {
  done: number;
  timed_out: number;
  failed: number;
}

export interface GarminBackfillStatus {
  overall_status:
    | 'pending'
    | 'in_progress'
    | 'complete'
    | 'cancelled'
    | 'retry_in_progress'
    | 'permanently_failed';
  current_window: number;
  total_windows: number;
  windows: Record<string, BackfillWindowStatus>;
  summary: Record<string, BackfillTypeSummary>;
  in_progress: boolean;
  // Phase 3: retry and GC state
  retry_phase: boolean;
  retry_type: string | null;
  retry_window: number | null;
  attempt_count: number;
  max_attempts: number;
  permanently_failed: boolean;
}

export interface WebhookEventType {
  name: string;
  description: string;
  child_events?: string[] | null;
}

export interface WebhookEndpoint {
  id: string;
  url: string;
  description: string | null;
  filter_types: string[] | null;
  user_id: string | null;
}

export interface WebhookEndpointCreate {
  url: string;
  description?: string | null;
  filter_types?: string[] | null;
  user_id?: string | null;
}

export interface WebhookEndpointUpdate {
  url?: string | null;
  description?: string | null;
  filter_types?: string[] | null;
  user_id?: string | null;
}

export interface WebhookEndpointSecret {
  key: string;
}

export interface WebhookTestEventResponse {
  message: string;
  message_id: string;
}

export interface WebhookMessage {
  id: string;
  eventType: string;
  eventId: string | null;
  timestamp: string;
  channels: string[] | null;
  tags: string[] | null;
  payload: Record<string, unknown>;
}

export interface WebhookMessageAttempt {
  id: string;
  endpointId: string;
  msgId: string;
  url: string;
  response: string;
  responseStatusCode: number;
  responseDurationMs: number;
  status: number | string;
  statusText?: string;
  triggerType: number | string;
  timestamp: string;
  msg?: WebhookMessage | null;
}

export interface WebhookListResponse<T> {
  data: T[];
  done: boolean;
  iterator: string | null;
  prevIterator: string | null;
}

export interface WebhookAttemptsParams {
  limit?: number;
  iterator?: string | null;
  before?: string | null;
  after?: string | null;
  status?: number | null;
  event_types?: string[];
}
