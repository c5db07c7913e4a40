import api from './client';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@/lib/webauthn';

export interface AttendanceMethodResponse {
  method: 'qr_code' | 'face_id';
  allow_company_override: boolean;
  is_company_override: boolean;
  /** When 'none', clients should not block on a GPS fix — the server ignores coordinates */
  geofence_mode: 'none' | 'warn' | 'enforce';
  /**
   * Office-network requirement. 'learn' observes without blocking or flagging.
   * Only 'enforce' can refuse a check-in. The browser cannot read the Wi-Fi
   * network itself — the server decides from the address it observes — so this
   * is only ever used to *explain* the requirement, never to pre-check it.
   */
  network_mode: 'none' | 'learn' | 'warn' | 'enforce';
  /** IANA timezone the company's attendance days are bucketed in */
  timezone: string;
}

export interface QrTokenResponse {
  token: string;
  expires_at: string;
  scan_url: string;
  /** Token lifetime in seconds — use for progress bar calculations */
  ttl_seconds: number;
}

export interface AttendanceRecord {
  id: string;
  company_id: string;
  employee_id: string;
  check_in_at: string;
  check_out_at: string | null;
  method: 'qr_code' | 'face_id' | 'manual';
  status: 'present' | 'late' | 'absent' | 'half_day';
  latitude: number | null;
  longitude: number | null;
  checkout_latitude: number | null;
  checkout_longitude: number | null;
  notes: string | null;
  qr_token_id: string | null;
  /** NULL for employee-initiated and cron-written rows; set on admin entries. */
  created_by: string | null;
  hours_worked: string | null;
  overtime_hours: string | null;
  is_outside_geofence: boolean | null;
  /** Null means the network was never evaluated — mode was off or only learning. */
  is_offsite_network: boolean | null;
  created_at: string;
  updated_at: string;
}

export interface AttendanceRecordWithEmployee extends AttendanceRecord {
  employee_number: string;
  full_name: string;
  department: string | null;
}

export interface AttendanceListQuery {
  employee_id?: string;
  date_from?: string;
  date_to?: string;
  status?: string;
  method?: string;
  /** Only sessions never checked out — stale-session triage */
  open_only?: boolean;
  /** Only check-ins recorded outside the geofence — off-site triage */
  outside_geofence_only?: boolean;
  /** Only check-ins recorded off the approved networks — same triage need */
  offsite_network_only?: boolean;
  page?: number;
  per_page?: number;
}

export interface PaginatedResponse<T> {
  data: T[];
  total: number;
  page: number;
  per_page: number;
  total_pages: number;
}

// ─── Method Control ───

export function getAttendanceMethod(): Promise<AttendanceMethodResponse> {
  return api.get('/attendance/method').then(r => r.data);
}

export function getPlatformAttendanceMethod(): Promise<{ method: string; allow_company_override: boolean }> {
  return api.get('/admin/platform/attendance-method').then(r => r.data);
}

export function setPlatformAttendanceMethod(method: string, allow_company_override: boolean) {
  return api.put('/admin/platform/attendance-method', { method, allow_company_override }).then(r => r.data);
}

export function setCompanyAttendanceMethod(method: string | null) {
  return api.put('/attendance/company-method', { method }).then(r => r.data);
}

// ─── QR Token ───

export function generateQrToken(): Promise<QrTokenResponse> {
  return api.post('/attendance/qr/generate').then(r => r.data);
}

// ─── Check In / Out ───

export function checkInQr(token: string, latitude?: number, longitude?: number): Promise<AttendanceRecord> {
  return api.post('/attendance/check-in/qr', { token, latitude, longitude }).then(r => r.data);
}

export interface FaceIdBeginResponse {
  challenge_id: string;
  options: { publicKey: PublicKeyCredentialRequestOptionsJSON };
}

/**
 * Start the Face ID (passkey) check-in ceremony. The assertion returned by the
 * browser must be sent back via `checkInFaceId` with this challenge_id — the
 * server verifies it before recording the check-in.
 */
export function beginFaceIdCheckIn(): Promise<FaceIdBeginResponse> {
  return api.post('/attendance/check-in/face-id/begin').then(r => r.data);
}

export function checkInFaceId(
  challenge_id: string,
  credential: AuthenticationResponseJSON,
  latitude?: number,
  longitude?: number
): Promise<AttendanceRecord> {
  return api
    .post('/attendance/check-in/face-id', { challenge_id, credential, latitude, longitude })
    .then(r => r.data);
}

export function checkOut(latitude?: number, longitude?: number): Promise<AttendanceRecord> {
  return api.post('/attendance/check-out', { latitude, longitude }).then(r => r.data);
}

// ─── Portal ───

export function getMyTodayAttendance(): Promise<{ record: AttendanceRecord | null }> {
  return api.get('/attendance/my/today').then(r => r.data);
}

export function getMyAttendance(params?: AttendanceListQuery): Promise<PaginatedResponse<AttendanceRecord>> {
  return api.get('/attendance/my', { params }).then(r => r.data);
}

// ─── Admin ───

export function getAttendanceRecords(params?: AttendanceListQuery): Promise<PaginatedResponse<AttendanceRecordWithEmployee>> {
  return api.get('/attendance/records', { params }).then(r => r.data);
}

export function createManualAttendance(data: {
  employee_id: string;
  check_in_at: string;
  check_out_at?: string;
  status?: string;
  notes?: string;
}): Promise<AttendanceRecord> {
  return api.post('/attendance/manual', data).then(r => r.data);
}

export function updateAttendanceRecord(id: string, data: {
  check_in_at?: string;
  check_out_at?: string;
  status?: string;
  notes?: string;
  /** Explicitly reopen the session. Omitting check_out_at only means "keep existing". */
  clear_check_out?: boolean;
  /** Explicitly blank the notes. Same tri-state rationale as clear_check_out. */
  clear_notes?: boolean;
  /** Required — recorded in the audit trail, not on the record */
  reason: string;
}): Promise<AttendanceRecord> {
  return api.put(`/attendance/records/${id}`, data).then(r => r.data);
}

/**
 * Re-run auto-absent marking for a past date (idempotent). Covers days the
 * daily job missed while the API was down.
 */
export function runAbsentMarking(date: string): Promise<{ marked: number; date: string }> {
  return api.post('/attendance/absent-run', { date }).then(r => r.data);
}

// ─── Summary & Export ───

export interface AttendanceSummaryItem {
  employee_id: string;
  employee_number: string;
  full_name: string;
  department: string | null;
  present_days: number;
  late_days: number;
  absent_days: number;
  half_days: number;
  total_hours: string;
  overtime_hours: string;
  unchecked_out_days: number;
}

export interface AttendanceSummaryQuery {
  date_from: string;
  date_to: string;
  employee_id?: string;
  department?: string;
}

export function getAttendanceSummary(params: AttendanceSummaryQuery): Promise<AttendanceSummaryItem[]> {
  return api.get('/attendance/summary', { params }).then(r => r.data);
}

export async function downloadAttendanceCsv(params: {
  date_from?: string;
  date_to?: string;
  employee_id?: string;
  status?: string;
  method?: string;
}): Promise<void> {
  const response = await api.get('/attendance/export', {
    params,
    responseType: 'blob',
  });
  const url = URL.createObjectURL(new Blob([response.data], { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'attendance.csv';
  a.click();
  URL.revokeObjectURL(url);
}
