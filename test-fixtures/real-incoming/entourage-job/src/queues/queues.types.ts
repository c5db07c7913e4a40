import { CompanyUserRole } from 'src/companies/company-user.utils';
import {
  CandidateAccommodation,
  CandidateGender,
  CandidateResource,
  CandidateYesNoNSPPValue,
  JobSearchDuration,
  Nationality,
  StudiesLevel,
  WorkingExperience,
  YesNoJNSPRValue,
} from 'src/contacts/contacts.types';
import { EmbeddingType } from 'src/embeddings/embedding.config';
import {
  CustomContactParams,
  CustomMailParams,
  MailjetContactSource,
  MailjetTemplate,
} from 'src/external-services/mailjet/mailjet.types';

export const Jobs = {
  // Jobs related to worker queue
  SEND_MAIL: 'send_mail',
  SEND_SMS: 'send_sms',
  NEWSLETTER_SUBSCRIPTION: 'newsletter_subscription',
  CREATE_OR_UPDATE_SALESFORCE_USER: 'create_or_update_salesforce_user',
  CREATE_OR_UPDATE_SALESFORCE_COMPANY: 'create_or_update_salesforce_company',
  GENERATE_PROFILE_FROM_PDF: 'generate_profile_from_pdf',
  UPDATE_SALESFORCE_USER_COMPANY: 'update_salesforce_user_company',
  ON_ONBOARDING_COMPLETED: 'on_onboarding_completed',
  SEND_STAFF_MESSAGING_MESSAGE: 'send_staff_messaging_message',
  BULK_SEND_STAFF_MESSAGING_MESSAGE: 'bulk_send_staff_messaging_message',

  // Jobs related to cron tasks
  SEND_REMINDER_TO_USER_NOT_COMPLETED_ONBOARDING:
    'send_reminder_to_user_not_completed_onboarding',
  DELETE_INACTIVE_USERS: 'delete_inactive_users',
  PREPARE_POST_ONBOARDING_COMPLETION_MAILS:
    'prepare_post_onboarding_completion_mails',
  PREPARE_NOT_COMPLETED_PROFILE_MAILS: 'prepare_not_completed_profile_mails',
  PREPARE_USER_WITHOUT_RESPONSE_TO_FIRST_MESSAGE_MAILS:
    'prepare_user_without_response_to_first_message_mails',
  PREPARE_USER_CONVERSATION_FOLLOW_UP_MAILS:
    'prepare_user_conversation_follow_up_mails',
  PREPARE_RECOMMENDATION_MAILS: 'prepare_recommendation_mails',
  PREPARE_AUTO_SET_UNAVAILABLE_USERS: 'prepare_auto_set_unavailable_users',
  PROCESS_EXPIRED_ACHIEVEMENTS: 'process_expired_achievements',
  PREPARE_SUPER_ENGAGED_ACHIEVEMENT_REMINDER_MAILS:
    'prepare_super_engaged_achievement_reminder_mails',
  PREPARE_RECRUITMENT_ALERTS_MAILS: 'prepare_recruitment_alerts_mails',
  PREPARE_COMPANY_NO_ALERTS_REMINDER_MAILS:
    'prepare_company_no_alerts_reminder_mails',
  PREPARE_REFERED_NOT_ACTIVATED_MAILS: 'prepare_refered_not_activated_mails',
  PREPARE_REMIND_COMPANY_INVITATION_MAILS:
    'prepare_remind_company_invitation_mails',
  PREPARE_COMPANY_INVITATIONS_PENDING_MAILS:
    'prepare_company_invitations_pending_mails',
  PREPARE_NOT_COMPLETED_COMPANY_MAILS: 'prepare_not_completed_company_mails',
  PREPARE_COMPANY_COLLAB_FOLLOW_MAILS: 'prepare_company_collab_follow_mails',
  PREPARE_COMMITTED_USERS_FEEDBACK_MAILS:
    'prepare_committed_users_feedback_mails',
  PREPARE_UNANSWERED_CONVERSATIONS_MAILS:
    'prepare_unanswered_conversations_mails',
  PREPARE_UNAVAILABLE_USERS_MAILS: 'prepare_unavailable_users_mails',
  PREPARE_CHURN_USERS_FEEDBACK_MAILS: 'prepare_churn_users_feedback_mails',
  PREPARE_INACTIVE_REFERERS_MAILS: 'prepare_inactive_referers_mails',
  PREPARE_MESSAGING_FEEDBACK_MAILS: 'prepare_messaging_feedback_mails',
  PREPARE_WARN_ACCOUNT_DELETION_MAILS: 'prepare_warn_account_deletion_mails',
  PREPARE_UNANSWERED_CONVERSATIONS_SMS: 'prepare_unanswered_conversations_sms',
  PREPARE_LINKEDIN_SHARE_PROFILE_MAILS: 'prepare_linkedin_share_profile_mails',

  // Jobs related to embedding queue
  UPDATE_USER_PROFILE_EMBEDDINGS: 'update_user_profile_embeddings',
  UPDATE_USER_PROFILE_EMBEDDINGS_BATCH: 'update_user_profile_embeddings_batch',

  // Jobs related to user newsletter subscription
  USER_NEWSLETTER_SUBSCRIPTION: 'user_newsletter_subscription',
} as const;

export type Job = (typeof Jobs)[keyof typeof Jobs];

type JobsData = {
  // Worker queue jobs
  [Jobs.SEND_MAIL]: SendMailJob | SendMailJob[];
  [Jobs.SEND_SMS]: SendSmsJob;
  [Jobs.NEWSLETTER_SUBSCRIPTION]: NewsletterSubscriptionJob;
  [Jobs.CREATE_OR_UPDATE_SALESFORCE_USER]: CreateOrUpdateSalesforceUserJob;
  [Jobs.CREATE_OR_UPDATE_SALESFORCE_COMPANY]: CreateOrUpdateSalesforceCompanyJob;
  [Jobs.GENERATE_PROFILE_FROM_PDF]: GenerateProfileFromPDFJob;
  [Jobs.UPDATE_SALESFORCE_USER_COMPANY]: UpdateSalesforceUserCompanyJob;
  [Jobs.ON_ONBOARDING_COMPLETED]: OnOnboardingCompletedJob;
  [Jobs.SEND_STAFF_MESSAGING_MESSAGE]: SendStaffMessagingMessageJob;
  [Jobs.BULK_SEND_STAFF_MESSAGING_MESSAGE]: BulkSendStaffMessagingMessageJob;

  // Cron tasks jobs
  [Jobs.SEND_REMINDER_TO_USER_NOT_COMPLETED_ONBOARDING]: SendReminderToUserNotCompletedOnboardingJob;
  [Jobs.DELETE_INACTIVE_USERS]: DeleteInactiveUsersJob;
  [Jobs.PREPARE_POST_ONBOARDING_COMPLETION_MAILS]: PreparePostOnboardingCompletionMailsJob;
  [Jobs.PREPARE_NOT_COMPLETED_PROFILE_MAILS]: PrepareNotCompletedProfileMailsJob;
  [Jobs.PREPARE_USER_WITHOUT_RESPONSE_TO_FIRST_MESSAGE_MAILS]: PrepareUserWithoutResponseToFirstMessageMailsJob;
  [Jobs.PREPARE_USER_CONVERSATION_FOLLOW_UP_MAILS]: PrepareUserConversationFollowUpMailsJob;
  [Jobs.PREPARE_RECOMMENDATION_MAILS]: PrepareRecommendationMailsJob;
  [Jobs.PREPARE_AUTO_SET_UNAVAILABLE_USERS]: PrepareAutoSetUnavailableUsersJob;
  [Jobs.PROCESS_EXPIRED_ACHIEVEMENTS]: ProcessExpiredAchievementsJob;
  [Jobs.PREPARE_SUPER_ENGAGED_ACHIEVEMENT_REMINDER_MAILS]: PrepareSuperEngagedAchievementReminderMailsJob;
  [Jobs.PREPARE_RECRUITMENT_ALERTS_MAILS]: PrepareRecruitmentAlertsMailsJob;
  [Jobs.PREPARE_COMPANY_NO_ALERTS_REMINDER_MAILS]: PrepareCompanyNoAlertsReminderMailsJob;
  [Jobs.PREPARE_REFERED_NOT_ACTIVATED_MAILS]: PrepareReferedNotActivatedMailsJob;
  [Jobs.PREPARE_REMIND_COMPANY_INVITATION_MAILS]: PrepareRemindCompanyInvitationMailsJob;
  [Jobs.PREPARE_COMPANY_INVITATIONS_PENDING_MAILS]: PrepareCompanyInvitationsPendingMailsJob;
  [Jobs.PREPARE_NOT_COMPLETED_COMPANY_MAILS]: PrepareNotCompletedCompanyMailsJob;
  [Jobs.PREPARE_COMPANY_COLLAB_FOLLOW_MAILS]: PrepareCompanyCollabFollowMailsJob;
  [Jobs.PREPARE_COMMITTED_USERS_FEEDBACK_MAILS]: PrepareCommittedUsersFeedbackMailsJob;
  [Jobs.PREPARE_UNANSWERED_CONVERSATIONS_MAILS]: PrepareUnansweredConversationsMailsJob;
  [Jobs.PREPARE_UNAVAILABLE_USERS_MAILS]: PrepareUnavailableUsersMailsJob;
  [Jobs.PREPARE_CHURN_USERS_FEEDBACK_MAILS]: PrepareChurnUsersFeedbackMailsJob;
  [Jobs.PREPARE_INACTIVE_REFERERS_MAILS]: PrepareInactiveReferersMailsJob;
  [Jobs.PREPARE_MESSAGING_FEEDBACK_MAILS]: PrepareMessagingFeedbackMailsJob;
  [Jobs.PREPARE_WARN_ACCOUNT_DELETION_MAILS]: PrepareWarnAccountDeletionMailsJob;
  [Jobs.PREPARE_UNANSWERED_CONVERSATIONS_SMS]: PrepareUnansweredConversationsSmsJob;
  [Jobs.PREPARE_LINKEDIN_SHARE_PROFILE_MAILS]: PrepareLinkedInShareProfileMailsJob;

  // Embedding queue jobs
  [Jobs.UPDATE_USER_PROFILE_EMBEDDINGS]: UpdateUserProfileEmbeddingsJob;
  [Jobs.UPDATE_USER_PROFILE_EMBEDDINGS_BATCH]: UpdateUserProfileEmbeddingsBatchJob;

  // User newsletter subscription
  [Jobs.USER_NEWSLETTER_SUBSCRIPTION]: UserNewsletterSubscriptionJob;
};

export type JobData<T extends Job> = JobsData[T];

export interface SendMailJob extends CustomMailParams {
  templateId: MailjetTemplate;
  variables: object;
}

export interface SendSmsJob {
  to: string;
  text: string;
}

export interface NewsletterSubscriptionJob extends CustomContactParams {}

export interface UserNewsletterSubscriptionJob {
  userId: string;
  source: MailjetContactSource;
}

export interface CreateOrUpdateSalesforceUserJob {
  userId: string;
  birthDate?: Date;
  campaign?: string;
  nationality?: Nationality;
  accommodation?: CandidateAccommodation;
  hasSocialWorker?: YesNoJNSPRValue;
  resources?: CandidateResource;
  studiesLevel?: StudiesLevel;
  workingExperience?: WorkingExperience;
  jobSearchDuration?: JobSearchDuration;
  workingRight?: CandidateYesNoNSPPValue;
  gender?: CandidateGender;
  refererEmail?: string;
  structure?: string;
  companyId?: string;
  isCompanyAdmin?: boolean;
  companyRole?: CompanyUserRole;
}

export interface CreateOrUpdateSalesforceCompanyJob {
  name: string;
  department?: string;
  phone?: string;
  userId?: string;
}

export interface UpdateSalesforceUserCompanyJob {
  userId: string;
  companyId: string | null;
}

export interface OnOnboardingCompletedJob {
  userId: string;
}

export interface SendStaffMessagingMessageJob {
  addresseeEmail: string;
  message: string;
}

export interface BulkSendStaffMessagingMessageJob {
  messages: SendStaffMessagingMessageJob[];
}

export interface GenerateProfileFromPDFJob {
  s3Key: string;
  userProfileId: string;
  userId: string;
  fileHash: string;
}

export interface SendReminderToUserNotCompletedOnboardingJob {}

export interface DeleteInactiveUsersJob {}

export interface PreparePostOnboardingCompletionMailsJob {}

export interface PrepareNotCompletedProfileMailsJob {}

export interface PrepareUserWithoutResponseToFirstMessageMailsJob {}

export interface PrepareUserConversationFollowUpMailsJob {}

export interface PrepareRecommendationMailsJob {}

export interface PrepareAutoSetUnavailableUsersJob {}

export interface ProcessExpiredAchievementsJob {}

export interface PrepareSuperEngagedAchievementReminderMailsJob {}

export interface PrepareRecruitmentAlertsMailsJob {}

export interface PrepareCompanyNoAlertsReminderMailsJob {}

export interface PrepareReferedNotActivatedMailsJob {}

export interface PrepareRemindCompanyInvitationMailsJob {}

export interface PrepareCompanyInvitationsPendingMailsJob {}

export interface PrepareNotCompletedCompanyMailsJob {}

export interface PrepareCompanyCollabFollowMailsJob {}

export interface PrepareCommittedUsersFeedbackMailsJob {}

export interface PrepareUnansweredConversationsMailsJob {}

export interface PrepareUnavailableUsersMailsJob {}

export interface PrepareChurnUsersFeedbackMailsJob {}

export interface PrepareInactiveReferersMailsJob {}

export interface PrepareMessagingFeedbackMailsJob {}

export interface PrepareWarnAccountDeletionMailsJob {}

export interface PrepareUnansweredConversationsSmsJob {}

export interface PrepareLinkedInShareProfileMailsJob {}

export interface UpdateUserProfileEmbeddingsJob {
  userId: string;
  embeddingTypes: EmbeddingType[];
}

export interface UpdateUserProfileEmbeddingsBatchJob {
  userIds: string[];
  embeddingTypes: EmbeddingType[];
}

export const Queues = {
  WORK: 'work',
  PROFILE_GENERATION: 'profile-generation',
  CRON_TASKS: 'cron-tasks',
  EMBEDDING: 'embedding',
} as const;

export type Queue = (typeof Queues)[keyof typeof Queues];

// Note: in Bull/BullMQ, lower numeric values are processed first (higher priority).
export enum QueuePriority {
  HIGH = 1,
  NORMAL = 10,
  LOW = 100,
}
