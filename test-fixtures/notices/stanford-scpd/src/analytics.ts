/**
 * Site analytics and research on participation (video player usage, page actions).
 */
export interface ActivityEvent {
  learnerId: string;
  ipAddress: string;
  cookieId: string;
  page: string;
  action: "video_play" | "video_pause" | "page_view" | "assignment_submit";
  occurredAt: Date;
}
