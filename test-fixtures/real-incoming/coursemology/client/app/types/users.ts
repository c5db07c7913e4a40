import { CourseUserRole } from './course/courseUsers';
import { EnrolRequestListData } from './course/enrolRequests';
import { InstanceUserRoles } from './system/instance/users';

export const USER_SYSTEM_ROLES = ['normal', 'administrator'] as const;

export type UserSystemRoles = (typeof USER_SYSTEM_ROLES)[number];

export interface UserBasicListData {
  id: number;
  name: string;
  imageUrl?: string;
  instanceRole?: InstanceUserRoles;
}
export interface UserListData {
  id: number;
  name: string;
  email: string;
  instances: {
    name: string;
    host: string;
    courses: {
      id: number;
      title: string;
    }[];
  }[];
  role: UserSystemRoles;
}

export interface UserBasicMiniEntity {
  id: number;
  name: string;
  imageUrl?: string;
  instanceRole?: InstanceUserRoles;
}

export interface UserMiniEntity extends UserBasicMiniEntity {
  email: string;
  instances: {
    name: string;
    host: string;
    courses: {
      id: number;
      title: string;
    }[];
  }[];
  role: UserSystemRoles;
}

export interface UserData extends UserBasicMiniEntity {
  userUrl?: string;
}

export interface UserCourseListData {
  id: number;
  title: string;
  enrolledAt: string;
  userCount: number;
  courseUserId: number;
  courseUserName: string;
  courseUserRole: CourseUserRole;
  courseUserAchievement: number;
  courseUserLevel: number;
  type: string;
}

export interface UserCourseMiniEntity {
  id: number;
  title: string;
  enrolledAt: string;
  userCount: number;
  courseUserId: number;
  courseUserName: string;
  courseUserRole: CourseUserRole;
  courseUserAchievement: number;
  courseUserLevel: number;
  type: string;
}

export interface AdminStats {
  totalUsers: {
    adminCount?: number;
    normalCount?: number;
    allCount: number;
  };
  activeUsers: {
    adminCount?: number;
    normalCount?: number;
    allCount: number;
  };
  coursesCount: number;
  usersCount: number;
  totalCourses: number;
  activeCourses: number;
  instancesCount: number;
}

export type Locale = 'en' | 'zh' | 'ko';

export interface ProfileData {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  imageUrl: string;
  availableLocales: Locale[];
}

export interface EmailData {
  id: number;
  email: string;
  isConfirmed: boolean;
  isPrimary: boolean;
  confirmationEmailPath?: string;
  setPrimaryUserEmailPath?: string;
}

export interface EmailsData {
  emails: EmailData[];
}

export interface PasswordData {
  currentPassword: string;
  password: string;
  passwordConfirmation: string;
}

export interface ProfilePostData {
  user: {
    name?: ProfileData['name'];
    time_zone?: ProfileData['timeZone'];
    locale?: ProfileData['locale'];
    profile_photo?: ProfileData['imageUrl'];
  };
}

export interface EmailPostData {
  user_email: {
    email?: EmailData['email'];
  };
}

export interface PasswordPostData {
  user: {
    current_password?: PasswordData['currentPassword'];
    password?: PasswordData['password'];
    password_confirmation?: PasswordData['passwordConfirmation'];
  };
}

export interface InvitedSignUpData {
  name: string;
  email: string;
  courseTitle?: string;
  courseId?: string;
  instanceName?: string;
  instanceHost?: string;
}

export interface SignUpResponseData {
  id: number;
  confirmed: boolean;
  enrolRequest?: EnrolRequestListData;
}
