export interface CourseInfo {
  title: string;
  description: string;
  logo: string;
  published: boolean;
  enrollable: boolean;
  enrolAutoApprove: boolean;
  startAt: Date;
  endAt: Date;
  gamified: boolean;
  showPersonalizedTimelineFeatures: boolean;
  defaultTimelineAlgorithm: 'fixed' | 'fomo' | 'stragglers' | 'otot';
  timeZone: string;
  advanceStartAtDurationDays: number;
  canDelete: boolean;
  userSuspensionMessage?: string;
  isSuspended: boolean;
  courseSuspensionMessage?: string;
}

export interface CourseAdminItem {
  id: string;
  title?: string;
  weight: number;
  path: string;
}

export interface CourseInfoPostData {
  course: {
    title?: CourseInfo['title'];
    description?: CourseInfo['description'];
    published?: CourseInfo['published'];
    enrollable?: CourseInfo['enrollable'];
    enrol_auto_approve?: CourseInfo['enrolAutoApprove'];
    start_at?: CourseInfo['startAt'];
    end_at?: CourseInfo['endAt'];
    logo?: CourseInfo['logo'];
    gamified?: CourseInfo['gamified'];
    show_personalized_timeline_features?: CourseInfo['showPersonalizedTimelineFeatures'];
    default_timeline_algorithm?: CourseInfo['defaultTimelineAlgorithm'];
    time_zone?: CourseInfo['timeZone'];
    advance_start_at_duration_days?: CourseInfo['advanceStartAtDurationDays'];
    time_offset?: TimeOffset;
    course_suspension_message?: CourseInfo['courseSuspensionMessage'];
    user_suspension_message?: CourseInfo['userSuspensionMessage'];
  };
}

export type CourseAdminItems = CourseAdminItem[];

export interface TimeZone {
  name: string;
  displayName: string;
}

export type TimeZones = TimeZone[];

export interface TimeOffset {
  days: number;
  hours: number;
  minutes: number;
}
