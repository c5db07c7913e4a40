import type { Campus, GroupServiceTime, LabelTemplate, Service, ServiceTime, Session, Visit, VisitSession } from "../models/index.js";

interface SoftDelete {
  removed?: boolean;
}

export interface AttendanceDatabase {
  campuses: Campus & SoftDelete;
  groupServiceTimes: Omit<GroupServiceTime, "serviceTime">;
  labelTemplates: LabelTemplate;
  services: Omit<Service, "campus"> & SoftDelete;
  serviceTimes: Omit<ServiceTime, "longName"> & SoftDelete;
  sessions: Omit<Session, "displayName">;
  visits: Omit<Visit, "visitSessions">;
  visitSessions: Omit<VisitSession, "visit" | "session">;
}
