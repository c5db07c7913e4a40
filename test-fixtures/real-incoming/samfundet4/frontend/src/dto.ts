import type { ThemeValue } from '~/constants';
import type { BilligEventDto } from './apis/billig/billigDtos';
import type {
  EventAgeRestrictionValue,
  EventCategoryValue,
  EventStatus,
  EventTicketTypeValue,
  HomePageElementVariation,
} from './types';

export type BaseModelDto = {
  version?: number;
  created_at?: string;
  updated_at?: string;
  created_by?: BasicUserDto | UserDto | null;
  updated_by?: BasicUserDto | UserDto | null;
};

// Models which are owned by an org/gang/section should extend this type.
export type BaseOwnedModelDto = {
  organization?: OrganizationDto | number | null;
  gang?: GangDto | number | null;
  section?: GangSectionDto | number | null;
};

export type RolePermissionsGrouped =
  | { org: number; permissions: string[] }
  | { gang: number; permissions: string[] }
  | { section: number; permissions: string[] };

export type UserDto = {
  id: number;
  username: string;
  first_name: string;
  last_name: string;
  email: string;
  phone_number?: string;
  is_staff: boolean;
  is_active: boolean;
  is_superuser: boolean;
  date_joined: Date;
  last_login: Date | null;
  user_preference: UserPreferenceDto;
  groups: GroupDto[];
  permissions?: string[];
  object_permissions?: ObjectPermissionDto[];
  role_permissions?: string[];
  role_permissions_grouped?: RolePermissionsGrouped[];
  mdb_medlem_id?: number;
  date_of_birth?: string;
};

export type BasicUserDto = Pick<UserDto, 'username' | 'first_name' | 'last_name'>;

export type CampusDto = {
  id: number;
  name_nb: string;
  name_en: string;
  abbreviation?: string;
};

export type RecruitmentInterviewAvailabilityDto = {
  id: number;
  start_date: string;
  end_date: string;
  start_time: string;
  end_time: string;
  timeslot_interval: number;
  recruitment_id: number;
  position_id?: number;
};

export type RecruitmentAvailabilityDto = {
  start_date: string;
  end_date: string;
  start_time: string;
  end_time: string;
  timeslot_interval: number;
  timeslots: string[];
  interval: number;
};

export type DateTimeslotDto = {
  [date: string]: string[];
};

export type OccupiedTimeslotDto = {
  recruitment: number;
  dates: DateTimeslotDto;
};

export type RecruitmentUserDto = {
  id: number;
  username: string;
  first_name: string;
  last_name: string;
  email: string;
  phone_number?: string;
  campus?: CampusDto;
  recruitment_application_ids?: string[];
  applications: RecruitmentApplicationDto[];
  applications_without_interview: RecruitmentApplicationDto[];
  top_application: RecruitmentApplicationDto;
};

export type HomePageDto = {
  // Array of events used for splash
  splash: EventDto[];
  // Home page elements (carousel, cards etc.)
  elements: HomePageElementDto[];
};

export type HomePageElementDto = {
  variation: HomePageElementVariation;
  title_nb: string;
  title_en: string;
  description_nb?: string;
  description_no?: string;
  events: EventDto[];
};

export type GroupDto = {
  id: number;
  name: string;
};

export type PermissionDto = {
  id: number;
  name: string;
  codename: string;
};

export type ObjectPermissionDto = {
  obj_pk: number;
  permission: string;
};

export type VenueDto = {
  id: number;
  slug: string;
  name: string;
  description?: string;
  floor?: number;
  last_renovated?: number;
  handicapped_approved?: boolean;
  responsible_crew?: string;
  opening?: string;
  closing?: string;
  opening_monday?: string;
  opening_tuesday?: string;
  opening_wednesday?: string;
  opening_thursday?: string;
  opening_friday?: string;
  opening_saturday?: string;
  opening_sunday?: string;

  closing_monday?: string;
  closing_tuesday?: string;
  closing_wednesday?: string;
  closing_thursday?: string;
  closing_friday?: string;
  closing_saturday?: string;
  closing_sunday?: string;
};

export type OpenVenuesDto = VenueDto[];

// ==================== //
//        Event         //
// ==================== //

// Custom ticket type
export type EventCustomTicketDto = {
  id: number;
  name_nb: string;
  name_en: string;
  price: number;
};

export type EventDto = {
  id: number;
  status: EventStatus;
  event_group: EventGroupDto;

  title_nb: string;
  title_en: string;
  description_long_nb: string;
  description_long_en: string;
  description_short_nb: string;
  description_short_en: string;

  age_restriction: EventAgeRestrictionValue;
  location: string;
  category: EventCategoryValue;
  host: string;

  billig?: BilligEventDto;
  numberOfTickets?: number;
  registration_url?: string;

  start_dt: string;
  end_dt: string;
  visibility_from_dt: string;
  visibility_to_dt: string;
  doors_time?: string;
  duration: number;

  ticket_type: EventTicketTypeValue;
  custom_tickets: EventCustomTicketDto[];

  image?: ImageDto;

  capacity?: number;

  spotify_uri?: string;
  youtube_link?: string;
  youtube_embed?: string;
  facebook_link?: string;
  soundcloud_link?: string;
  instagram_link?: string;
  x_link?: string;
  lastfm_link?: string;
  vimeo_link?: string;
  general_link?: string;
};

export type EventWriteDto = {
  title_nb: string;
  title_en: string;
  description_long_nb: string;
  description_long_en: string;
  description_short_nb: string;
  description_short_en: string;

  age_restriction: EventAgeRestrictionValue;
  location: string;
  category: EventCategoryValue;
  host: string;

  registration_url?: string;

  start_dt: string;
  end_dt: string;
  visibility_from_dt: string;
  visibility_to_dt: string;

  ticket_type: EventTicketTypeValue;
  custom_tickets?: EventCustomTicketDto[];

  image_id?: number;
  capacity?: number;
  billig_id?: number;
};

export type EventGroupDto = {
  id: number;
  name: string;
};

export type UserPreferenceDto = {
  id: number;
  theme: ThemeValue;
};

export type EditInformationPageDto = {
  slug_field: string;
  title_nb: string;
  text_nb: string;
  title_en: string;
  text_en: string;
  visible: boolean;

  // Exactly one of these is set, never both
  gang_id?: number;
  section_id?: number;
};

export type InformationPageDto = BaseModelDto & {
  // Only admin endpoints include id
  id?: number;
  slug_field: string;

  title_nb?: string;
  text_nb?: string;

  title_en?: string;
  text_en?: string;

  visible?: boolean;

  // `section` is only set when the page is owned by a section
  section?: GangSectionDto | null;
  gang?: GangDto | null;
  organization?: OrganizationDto | null;
};

export type InformationPageRevisionDto = {
  version: number;
  title_nb?: string | null;
  title_en?: string | null;
  created_at: string;
  created_by?: string | null;
};

export type InformationPageRevisionDetailDto = InformationPageRevisionDto & {
  text_nb?: string | null;
  text_en?: string | null;
};

export type InformationPageOwnerOptionDto = {
  gang: GangDto;
  section: GangSectionDto | null;
  organization: OrganizationDto | null;
  can_create: boolean;
  can_change: boolean;
  can_delete: boolean;
};

export type ReservationTableDto = {
  name: string;
  start_time: string;
  end_time: string;
};

export type TableDto = {
  id?: number;
  name_nb?: string;
  description_nb?: string;

  name_en?: string;
  description_en?: string;

  seating?: number;
  reservations?: ReservationTableDto[];
};

export type FoodPreferenceDto = {
  id: number;
  name_nb?: string;
  name_en?: string;
};

export type FoodCategoryDto = {
  id?: number;
  name_nb?: string;
  name_en?: string;
  order?: number;
};

export type MailDto = {
  subject: string;
  text: string;
};

export type MenuItemDto = {
  id?: number;
  name_nb?: string;
  description_nb?: string;

  name_en?: string;
  description_en?: string;

  price?: number;
  price_member?: number;

  order?: number;
  food_preferences?: FoodPreferenceDto[] | number[];
  food_category: FoodCategoryDto | number;
};

export type MenuDto = {
  id?: number;
  name_nb?: string;
  description_nb?: string;

  name_en?: string;
  description_en?: string;

  menu_items?: MenuItemDto[];
};

export type ReservationDto = {
  name?: string;
  email?: string;
  phonenumber?: string;
  additional_info?: string;
  start_time: string;
  end_time?: string;
  // Needed for first part
  venue?: number;
  reservation_date?: string;
  guest_count?: number;
  occasion?: string;
  // Maybe ignore and use different dto?
  // internal_message?: string;
};

export type CaseDocumentCategoryDto = {
  label: string;
  value: string;
};

export type CaseDocumentDto = BaseModelDto & {
  id: number;
  title_nb: string;
  title_en: string;
  category: string;
  publication_date: string;
  file?: string; // For posting to backend
  url?: string; // Read only backend url
};

export type CaseDocumentPostDto = {
  title_nb: string;
  title_en: string;
  category: string;
  publication_date?: string;
  file: File;
};

export type TextItemDto = {
  key: string;
  text_en: string;
  text_nb: string;
};

export type OrganizationDto = {
  id: number;
  name: string;
};

export type GangDto = {
  id: number;
  name_nb: string;
  name_en: string;
  abbreviation: string;
  webpage?: string;
  logo?: string;
  gang_type?: number | null;
  info_page?: string | null;
};

export type RecruitmentGangDto = GangDto & {
  recruitment_positions: number;
};

export type GangTypeDto = {
  id: number;
  title_nb: string;
  title_en: string;
  gangs: GangDto[];
};

export type GangSectionDto = {
  id: number;
  name_nb: string;
  name_en: string;
  logo?: string;
  gang: GangDto;
};

export type ClosedPeriodDto = {
  id: number;
  message_no: string;
  description_no: string;
  message_en: string;
  description_en: string;
  start_dt: Date;
  end_dt: Date;
};

export type TagDto = {
  id: number;
  name: string;
  color: string;

  // Only set by endpoints that annotate usage
  // TODO: maybe make this generic...? but maybe it's too much of a hassle,
  //  since we'll likely only ever add event_count
  image_count?: number | null;
};

export type ImageSize = 'original' | 'large' | 'medium' | 'small';

export type ImageDto = BaseModelDto & {
  id: number;
  title: string;
  urls: Record<ImageSize, string>;
  tags: TagDto[];
};

export type ImagePostDto = {
  title: string;
  tag_string: string;
  file: File;
};

export type ImagePatchDto = {
  title?: string;
  tag_string?: string;
  file?: File;
};

// biome-ignore lint/suspicious/noExplicitAny: <explanation>
export type Tuple = [any, any];

export type KeyValueDto = {
  id: number;
  key: string;
  value: string;
};

// ############################################################
//                       Roles
// ############################################################

export type RoleDto = {
  id: number;
  name: string;
  permissions: number[];
  content_type?: string | null;
};

export type UserRole = BaseModelDto & {
  id: number;
  user: UserDto;
  created_at: Date;
  obj: OrganizationDto | GangDto | GangSectionDto;
};

export type UserGangRoleDto = Omit<UserRole, 'obj'> & {
  gang: GangDto;
};

export type UserGangSectionRoleDto = Omit<UserRole, 'obj'> & {
  section: GangSectionDto;
};

export type UserOrganizationRoleDto = Omit<UserRole, 'obj'> & {
  organization: OrganizationDto;
};

export type RoleUsersDto = {
  user: UserDto;
  org_role?: UserOrganizationRoleDto;
  gang_role?: UserGangRoleDto;
  section_role?: UserGangSectionRoleDto;
};

// ############################################################
//                       Recruitment
// ############################################################

export type RecruitmentDto = {
  id?: string;
  name_nb: string;
  name_en: string;
  visible_from: string;
  actual_application_deadline: string;
  shown_application_deadline: string;
  reprioritization_deadline_for_applicant: string;
  reprioritization_deadline_for_gangs: string;
  max_applications?: number;
  organization: OrganizationDto;
  separate_positions?: RecruitmentSeparatePositionDto[];
  promo_media?: string;
};

export type RecruitmentForRecruiterDto = RecruitmentDto & {
  statistics: RecruitmentStatsDto;
  recruitment_progress: number;
  total_applicants: number;
  total_processed_applicants: number;
  total_unprocessed_applicants: number;
  total_processed_applications: number;
  total_unprocessed_applications: number;
};

export type RecruitmentWriteDto = RecruitmentDto & {
  organization: number;
};

export type RecruitmentSeparatePositionDto = {
  id?: number;
  name_nb: string;
  name_en: string;
  description_nb: string;
  description_en: string;
  url: string;
  recruitment?: string;
};

export type RecruitmentSharedInterviewGroupDto = {
  id?: number;
  recruitment?: string;
  name_nb: string;
  name_en: string;
  positions: RecruitmentPositionDto[];
};

export type UserPriorityDto = {
  direction: number;
};

export type RecruitmentPositionDto = {
  id: number;
  name_nb: string;
  name_en: string;

  short_description_nb: string;
  short_description_en: string;

  long_description_nb: string;
  long_description_en: string;

  is_funksjonaer_position: boolean;

  norwegian_applicants_only: boolean;

  default_application_letter_nb: string;
  default_application_letter_en: string;

  gang: GangDto;
  recruitment: string;

  tags: string;

  interviewers?: UserDto[];

  total_applicants?: number;
  processed_applicants?: number;
  accepted_applicants?: number;
};

export type RecruitmentPositionForApplicantDto = {
  id: number;
  name_nb: string;
  name_en: string;

  short_description_nb: string;
  short_description_en: string;

  long_description_nb: string;
  long_description_en: string;

  tags: string;

  is_funksjonaer_position: boolean;

  norwegian_applicants_only: boolean;

  default_application_letter_nb: string;
  default_application_letter_en: string;

  gang: GangDto;
  recruitment: string;
};

export type PositionsByTagResponse = {
  count: number;
  positions: RecruitmentPositionForApplicantDto[];
};

export type RecruitmentPositionPostDto = Omit<RecruitmentPositionDto, 'gang' | 'id'> & {
  gang: { id: number };
  interviewer_ids?: number[];
};

export type RecruitmentPositionPutDto = Omit<RecruitmentPositionDto, 'gang'> & {
  gang: { id: number };
  interviewer_ids?: number[];
};

export type RecruitmentRecruitmentPositionDto = {
  id: number;
  name_nb: string;
  name_en: string;
  gang: number;
};

export type InterviewDto = {
  id?: number;
  interview_time: string;
  interview_location: string;
  room?: string;
  notes?: string;
  interviewers?: UserDto[];
};

export type RecruitmentPositionOrganizedApplicationsDto = {
  unprocessed: RecruitmentApplicationDto[];
  withdrawn: RecruitmentApplicationDto[];
  rejected: RecruitmentApplicationDto[];
  accepted: RecruitmentApplicationDto[];
  hardtoget: RecruitmentApplicationDto[];
};

export type RecruitmentApplicationDto = BaseModelDto & {
  id: string;
  interview?: InterviewDto;
  interview_time?: Date;
  application_text: string;
  recruitment_position: RecruitmentPositionDto;
  recruitment: number;
  user: UserDto;
  applicant_priority: number;
  recruiter_priority?: number;
  recruiter_status?: number;
  applicant_state?: number;
  withdrawn: boolean;
  application_count?: number;
  comment?: string;
};

export type RecruitmentApplicationRecruiterDto = {
  user: RecruitmentUserDto;
  application: RecruitmentApplicationDto;
  other_applications: RecruitmentApplicationDto[];
};

export type RecruitmentUnprocessedApplicationsDto = {
  id: number;
  recruitment: number;
  user: RecruitmentUserDto;
  applicant_priority: number;
  recruitment_position: RecruitmentRecruitmentPositionDto;
  recruiter_status: number;
  recruiter_priority: number;
};

export type RecruitmentApplicationStateDto = {
  recruiter_priority?: number;
  recruiter_status?: number;
};

export type RecruitmentApplicationStateChoicesDto = {
  recruiter_priority: [number, string][];
  recruiter_status: [number, string][];
};

export type RecruitmentTimeStatDto = {
  hour: number;
  count: number;
};

export type RecruitmentDateStatDto = {
  date: string;
  count: number;
};

export type RecruitmentCampusStatDto = {
  campus: string;
  count: number;
  applicant_percentage: number;
};

export type RecruitmentGangStatDto = {
  gang: GangDto;
  application_count: number;
  applicant_count: number;
  average_priority: number;
  total_accepted: number;
  total_rejected: number;
};

export type RecruitmentStatsDto = {
  id?: number;
  recruitment?: number;
  total_applicants: number;
  total_applications: number;
  total_withdrawn: number;
  total_accepted: number;
  total_rejected: number;
  average_gangs_applied_to_per_applicant: number;
  average_applications_per_applicant: number;
  time_stats: RecruitmentTimeStatDto[];
  date_stats: RecruitmentDateStatDto[];
  gang_stats: RecruitmentGangStatDto[];
  campus_stats: RecruitmentCampusStatDto[];
};

export type InterviewRoomDto = {
  id: number;
  name: string;
  location: string;
  start_time: string;
  end_time: string;
  recruitment: string;
  gang?: number;
};

export interface InterviewerAvailabilityDto {
  id: number;
  user: number;
  recruitment: number;
  time: string; // HH:MM format ("08:00")
  start_dt: string; // ISO datetime format ("2024-02-12T09:00:00Z")
  end_dt: string;
}

// ############################################################
//                       Purchase Feedback
// ############################################################

export type PurchaseFeedbackDto = {
  //TODO: Change alternatives to Record<string, boolean> when samfform supports boolean checkbox
  eventId: number;
  title: string;
  responses: Record<string, string>;
  alternatives: Record<string, string>;
};

export type FeedbackDto = {
  text: string;
  screen_resolution: string;
  path: string;
  contact_email?: string;
};

export type SultenReservationDayDto = {
  date: Date;
  start_time: string;
  closing_time: string;
  tables: TableDto[];
};

export type RegistrationDto = {
  username: string;
  email: string;
  phone_number: string;
  firstname: string;
  lastname: string;
  date_of_birth: string;
  password: string;
};
