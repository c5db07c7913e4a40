import Analytics, { type AnalyticsPlugin } from 'analytics';
import { init, track } from '@plausible-analytics/tracker';
import { get } from 'svelte/store';
import { page } from '$app/state';
import { user } from '$lib/stores/user';
import { ENV, MODE, VARS, isCloud } from '$lib/system';
import { AppwriteException } from '@appwrite.io/console';
import { browser } from '$app/environment';
import { getReferrerAndUtmSource, getTrackedQueryParams } from '$lib/helpers/utm';

function plausible(domain: string): AnalyticsPlugin {
    if (!browser) return { name: 'analytics-plugin-plausible' };

    init({
        domain,
        autoCapturePageviews: false
    });

    return {
        name: 'analytics-plugin-plausible',
        page: ({ payload }) => {
            track('pageview', {
                url: payload.properties.path,
                props: {
                    referrer: payload.properties.referrer,
                    deviceWidth: String(payload.properties.width)
                }
            });
        },
        track: ({ payload }) => {
            track(payload.event, {
                url: payload.properties.path,
                props: {
                    ...payload.properties,
                    deviceWidth: String(payload.properties.width)
                }
            });
        },
        loaded: () => true
    };
}

const PLAUSIBLE_DOMAINS = {
    CLOUD: 'cloud.appwrite.io',
    GLOBAL: 'console.appwrite',
    SELF_HOSTED: 'self-hosted.appwrite'
};

const analytics = Analytics({
    app: 'appwrite',
    plugins: [plausible(isCloud ? PLAUSIBLE_DOMAINS.CLOUD : PLAUSIBLE_DOMAINS.SELF_HOSTED)]
});

export function trackEvent(name: string, data: object = null): void {
    if (!name || !isTrackingAllowed()) {
        return;
    }

    const path = page.route.id;

    if (page.params?.project) {
        data = {
            ...data,
            project: page.params.project
        };
    }

    data = { ...data, ...getReferrerAndUtmSource(), ...getTrackedQueryParams() };

    if (ENV.DEV || ENV.PREVIEW) {
        console.debug(`[Analytics] Event ${name} ${path}`, data);
    } else {
        analytics.track(name, { ...data, path });
        sendEventToGrowth(name, path, data);
    }
}

export function trackError(exception: Error, event: Submit): void {
    if (exception instanceof AppwriteException && exception.type && event) {
        trackEvent(Submit.Error, {
            type: exception.type,
            form: event
        });
    }
}

export function trackPageView(path: string) {
    if (!isTrackingAllowed()) {
        return;
    }

    if (ENV.DEV || ENV.PREVIEW) {
        console.debug(`[Analytics] Pageview ${path}`);
    } else {
        analytics.page({
            path
        });
    }
}

function sendEventToGrowth(event: string, path: string, data: object = null): void {
    if (!VARS.GROWTH_ENDPOINT) return;
    const userStore = get(user);
    let email: string, name: string;
    if (userStore) {
        email = userStore.email;
        name = userStore.name;
    }
    fetch(`${VARS.GROWTH_ENDPOINT}/analytics`, {
        method: 'POST',
        headers: {
            'Content-Type': 'application/json'
        },
        body: JSON.stringify({
            action: event,
            label: event,
            url: window.location.origin + path,
            account: MODE,
            data: {
                email,
                name,
                ...data
            }
        })
    });
}

export function isTrackingAllowed() {
    if (ENV.TEST) {
        return;
    }
    if (window.navigator?.doNotTrack) {
        if (navigator.doNotTrack === '1' || navigator.doNotTrack === 'yes') {
            return false;
        } else {
            return true;
        }
    } else {
        return true;
    }
}

export enum Click {
    BackupCopyIdClick = 'click_backup_copy_id',
    BackupDeleteClick = 'click_backup_delete',
    BackupRestoreClick = 'click_backup_restore',
    BreadcrumbClick = 'click_breadcrumb',
    ConnectRepositoryClick = 'click_connect_repository',
    CreditsRedeemClick = 'click_credits_redeem',
    CloudSignupClick = 'click_cloud_signup',

    DatabaseColumnDelete = 'click_column_delete',
    DatabaseIndexDelete = 'click_index_delete',
    DatabaseTableDelete = 'click_table_delete',
    DatabaseRowDelete = 'click_row_delete',
    DatabaseDatabaseDelete = 'click_database_delete',
    DatabaseImportCsv = 'click_database_import_csv',
    DatabaseExportCsv = 'click_database_export_csv',
    DatabaseImportJson = 'click_database_import_json',
    DomainCreateClick = 'click_domain_create',
    DomainDeleteClick = 'click_domain_delete',
    DomainRetryDomainVerificationClick = 'click_domain_retry_domain_verification',
    FeedbackSubmitClick = 'click_leave_feedback',
    FilterApplyClick = 'click_apply_filter',
    FunctionsRedeployClick = 'click_function_redeploy',
    FunctionsDeploymentDeleteClick = 'click_deployment_delete',
    FunctionsDeploymentCancelClick = 'click_deployment_cancel',
    KeyCreateClick = 'click_key_create',
    DevKeyCreateClick = 'click_dev_key_create',
    MenuDropDownClick = 'click_menu_dropdown',
    MenuOverviewClick = 'click_menu_overview',
    ModalCloseClick = 'click_close_modal',
    MessagingScheduleClick = 'click_messaging_schedule',
    MessagingTopicCreateClick = 'click_messaging_topic_create',
    MessagingTargetCreateClick = 'click_messaging_target_create',
    MembershipDeleteClick = 'click_delete_membership',
    PlatformCreateClick = 'click_platform_create',
    OrganizationClickCreate = 'click_create_organization',
    OrganizationClickUpgrade = 'click_organization_upgrade',
    OnboardingSetupDatabaseClick = 'click_onboarding_setup_database',
    OnboardingApiReferencesClick = 'click_onboarding_api_references',
    OnboardingTutorialsClick = 'click_onboarding_tutorials',
    OnboardingStorageQuickstartClick = 'click_onboarding_storage_quickstart',
    OnboardingFunctionsQuickstartClick = 'click_onboarding_functions_quickstart',
    OnboardingAuthEmailPasswordClick = 'click_onboarding_auth_email_password',
    OnboardingAuthOauth2Click = 'click_onboarding_auth_oauth2',
    OnboardingAuthAllMethodsClick = 'click_onboarding_auth_all_methods',
    OnboardingDiscordClick = 'click_onboarding_discord',
    StorageBucketDeleteClick = 'click_bucket_delete',
    SettingsWebhookUpdateSignatureClick = 'click_webhook_update_signature',
    SettingsWebhookDeleteClick = 'click_webhook_delete',
    SettingsInstallProviderClick = 'click_install_provider',
    SettingsStartMigrationClick = 'click_start_migration',
    SubmitFormClick = 'click_submit_form',
    ShowCustomIdClick = 'click_show_custom_id',
    SupportOpenClick = 'click_open_support_menu',
    PromoClick = 'click_promo',
    PolicyDeleteClick = 'click_policy_delete',
    VariablesCreateClick = 'click_variable_create',
    VariablesUpdateClick = 'click_variable_update',
    VariablesImportClick = 'click_variable_import',
    WebsiteOpenClick = 'click_open_website',
    CopyPromptStarterKitClick = 'click_copy_prompt_starter_kit',
    OpenInCursorClick = 'click_open_in_cursor',
    OpenInLovableClick = 'click_open_in_lovable'
}

export enum Submit {
    DownloadDPA = 'submit_download_dpa',
    Error = 'submit_error',
    AccountCreate = 'submit_account_create',
    AccountLogin = 'submit_account_login',
    AccountLogout = 'submit_account_logout',
    AccountRecover = 'submit_account_recover',
    AccountUpdateName = 'submit_account_update_name',
    AccountUpdateEmail = 'submit_account_update_email',
    AccountUpdatePassword = 'submit_account_update_password',
    AccountDelete = 'submit_account_delete',
    AccountDeleteSession = 'submit_account_delete_session',
    AccountDeleteAllSessions = 'submit_account_delete_all_sessions',
    AccountUpdateMfa = 'submit_account_update_mfa',
    AccountAuthenticatorCreate = 'submit_account_authenticator_create',
    AccountAuthenticatorUpdate = 'submit_account_authenticator_update',
    AccountAuthenticatorDelete = 'submit_account_authenticator_delete',
    AccountRecoveryCodesCreate = 'submit_account_recovery_codes_create',
    AccountRecoveryCodesUpdate = 'submit_account_recovery_codes_update',
    AccountDeleteIdentity = 'submit_account_delete_identity',
    AccountOAuth2ConsentApprove = 'submit_account_oauth2_consent_approve',
    AccountOAuth2ConsentDeny = 'submit_account_oauth2_consent_deny',
    AccountOAuth2DeviceVerify = 'submit_account_oauth2_device_verify',
    FeedbackSubmit = 'submit_leave_feedback',
    FilterClear = 'submit_clear_filter',
    FilterApply = 'submit_filter_apply',
    UserCreate = 'submit_user_create',
    UserDelete = 'submit_user_delete',
    UserUpdateEmail = 'submit_user_update_email',
    UserUpdateLabels = 'submit_user_update_labels',
    UserUpdateName = 'submit_user_update_name',
    UserUpdatePassword = 'submit_user_update_password',
    UserUpdatePhone = 'submit_user_update_phone',
    UserUpdateMfa = 'submit_user_update_mfa',
    UserUpdateImpersonation = 'submit_user_update_impersonation',
    UserUpdatePreferences = 'submit_user_update_preferences',
    UserUpdateStatus = 'submit_user_update_status',
    UserUpdateVerificationEmail = 'submit_user_update_verification_email',
    UserUpdateVerificationPhone = 'submit_user_update_verification_phone',
    UserIdentityDelete = 'submit_user_identity_delete',
    UserTargetCreate = 'submit_user_target_create',
    UserTargetDelete = 'submit_user_target_delete',
    UserAuthenticatorDelete = 'submit_user_authenticator_delete',
    OrganizationCreate = 'submit_organization_create',
    OrganizationDelete = 'submit_organization_delete',
    OrganizationUpdateName = 'submit_organization_update_name',
    ProjectCreate = 'submit_project_create',
    ProjectDelete = 'submit_project_delete',
    ProjectUpdateName = 'submit_project_update_name',
    ProjectUpdateTeam = 'submit_project_update_team',
    ProjectUpdateLabels = 'submit_project_update_labels',
    ProjectService = 'submit_project_service',
    ProjectUpdateSMTP = 'submit_project_update_smtp',
    ProjectUpdateOAuth2Server = 'submit_project_update_oauth2_server',
    ProjectUsageExecutionsBreakdown = 'submit_project_usage_executions_breakdown',
    ProjectResume = 'submit_project_resume',
    MemberCreate = 'submit_member_create',
    MemberDelete = 'submit_member_delete',
    MembershipUpdate = 'submit_membership_update',
    MembershipUpdateStatus = 'submit_membership_update_status',
    MessagingTargetUpdate = 'submit_messaging_target_update',
    MessagingUpdateHtmlMode = 'submit_update_html_mode',
    ProviderUpdate = 'submit_provider_update',
    TeamCreate = 'submit_team_create',
    TeamDelete = 'submit_team_delete',
    TeamUpdatePreferences = 'submit_team_update_preferences',
    TeamUpdateName = 'submit_team_update_name',
    AuthLimitUpdate = 'submit_auth_limit_update',
    AuthStatusUpdate = 'submit_auth_status_update',
    AuthPasswordHistoryUpdate = 'submit_auth_password_history_limit_update',
    AuthPasswordDictionaryUpdate = 'submit_auth_password_dictionary_update',
    AuthPasswordStrengthUpdate = 'submit_auth_password_strength_update',
    AuthPersonalDataCheckUpdate = 'submit_auth_personal_data_check_update',
    AuthAliasedEmailsUpdate = 'submit_auth_aliased_emails_update',
    AuthDisposableEmailsUpdate = 'submit_auth_disposable_emails_update',
    AuthFreeEmailsUpdate = 'submit_auth_free_emails_update',
    AuthCorporateEmailsUpdate = 'submit_auth_corporate_emails_update',
    AuthSessionAlertsUpdate = 'submit_auth_session_alerts_update',
    AuthMembershipPrivacyUpdate = 'submit_auth_membership_privacy_update',
    AuthMfaFactorsUpdate = 'submit_auth_mfa_factors_update',
    AuthMockNumbersUpdate = 'submit_auth_mock_numbers_update',
    AuthInvalidateSession = 'submit_auth_invalidate_session',
    SessionsLengthUpdate = 'submit_sessions_length_update',
    SessionsLimitUpdate = 'submit_sessions_limit_update',
    SessionDelete = 'submit_session_delete',
    SessionDeleteAll = 'submit_session_delete_all',
    DatabaseCreate = 'submit_database_create',
    DatabaseDelete = 'submit_database_delete',
    DatabaseUpdateName = 'submit_database_update_name',
    DatabaseImportCsv = 'submit_database_import_csv',
    DatabaseExportCsv = 'submit_database_export_csv',
    DatabaseImportJSON = 'submit_database_import_json',
    DatabaseBackupDelete = 'submit_database_backup_delete',
    DatabaseBackupPolicyCreate = 'submit_database_backup_policy_create',

    ColumnCreate = 'submit_column_create',
    ColumnUpdate = 'submit_column_update',
    ColumnDelete = 'submit_column_delete',
    ColumnSuggestions = 'submit_column_suggestions',

    RowCreate = 'submit_row_create',
    RowDelete = 'submit_row_delete',
    RowUpdate = 'submit_row_update',
    RowUpdatePermissions = 'submit_row_update_permissions',

    DocumentCreate = 'submit_document_create',
    DocumentDelete = 'submit_document_delete',
    DocumentUpdate = 'submit_document_update',
    DocumentUpdatePermissions = 'submit_document_update_permissions',

    IndexCreate = 'submit_index_create',
    IndexDelete = 'submit_index_delete',

    TableCreate = 'submit_table_create',
    TableDelete = 'submit_table_delete',
    TableUpdateName = 'submit_table_update_name',
    TableUpdatePermissions = 'submit_table_update_permissions',
    TableUpdateSecurity = 'submit_table_update_security',
    TableUpdateEnabled = 'submit_table_update_enabled',
    TableUpdateDisplayNames = 'submit_table_update_display_names',

    CollectionCreate = 'submit_collection_create',
    CollectionDelete = 'submit_collection_delete',
    CollectionUpdateName = 'submit_collection_update_name',
    CollectionUpdatePermissions = 'submit_collection_update_permissions',
    CollectionUpdateSecurity = 'submit_collection_update_security',
    CollectionUpdateEnabled = 'submit_collection_update_enabled',
    CollectionUpdateDisplayNames = 'submit_collection_update_display_names',

    FunctionCreate = 'submit_function_create',
    FunctionDelete = 'submit_function_delete',
    FunctionUpdateName = 'submit_function_update_name',
    FunctionUpdatePermissions = 'submit_function_update_permissions',
    FunctionUpdateSchedule = 'submit_function_update_schedule',
    FunctionUpdateConfiguration = 'submit_function_update_configuration',
    FunctionUpdateLogging = 'submit_function_update_logging',
    FunctionUpdateResourceLimits = 'submit_function_update_resource_limits',
    FunctionUpdateTimeout = 'submit_function_update_timeout',
    FunctionUpdateEvents = 'submit_function_update_events',
    FunctionUpdateScopes = 'submit_function_key_update_scopes',
    FunctionUpdateRuntime = 'submit_function_update_runtime',
    FunctionUpdateBuildCommand = 'submit_function_update_build_command',
    FunctionUpdateDeploymentRetention = 'submit_function_update_deployment_retention',
    FunctionConnectRepo = 'submit_function_connect_repo',
    FunctionDisconnectRepo = 'submit_function_disconnect_repo',
    FunctionRedeploy = 'submit_function_redeploy',
    DeploymentCreate = 'submit_deployment_create',
    DeploymentDelete = 'submit_deployment_delete',
    DeploymentUpdate = 'submit_deployment_update',
    DeploymentCancel = 'submit_deployment_cancel',
    ExecutionCreate = 'submit_execution_create',
    ExecutionDelete = 'submit_execution_delete',
    VariableCreate = 'submit_variable_create',
    VariableDelete = 'submit_variable_delete',
    VariableUpdate = 'submit_variable_update',
    VariableEditor = 'submit_variable_editor',
    LogDelete = 'submit_log_delete',

    KeyCreate = 'submit_key_create',
    KeyDelete = 'submit_key_delete',
    KeyUpdateName = 'submit_key_update_name',
    KeyUpdateScopes = 'submit_key_update_scopes',
    KeyUpdateExpire = 'submit_key_update_expire',

    DevKeyCreate = 'submit_dev_key_create',
    DevKeyDelete = 'submit_dev_key_delete',
    DevKeyUpdateName = 'submit_dev_key_update_name',
    DevKeyUpdateExpire = 'submit_dev_key_update_expire',

    PlatformCreate = 'submit_platform_create',
    PlatformDelete = 'submit_platform_delete',
    PlatformUpdate = 'submit_platform_update',

    DomainCreate = 'submit_domain_create',
    DomainDelete = 'submit_domain_delete',
    DomainUpdateVerification = 'submit_domain_update_verification',
    CertificateDelete = 'submit_certificate_delete',
    WebhookCreate = 'submit_webhook_create',
    WebhookDelete = 'submit_webhook_delete',
    WebhookUpdateSignature = 'submit_webhook_update_signature',
    WebhookUpdateUrl = 'submit_webhook_update_url',
    WebhookUpdateEvents = 'submit_webhook_update_events',
    WebhookUpdateName = 'submit_webhook_update_name',
    WebhookUpdateEnabled = 'submit_webhook_update_enabled',
    WebhookUpdateSecurity = 'submit_webhook_update_security',
    BucketCreate = 'submit_bucket_create',
    BucketDelete = 'submit_bucket_delete',
    BucketUpdateEnabled = 'submit_bucket_update_enabled',
    BucketUpdateName = 'submit_bucket_update_name',
    BucketUpdatePermissions = 'submit_bucket_update_permissions',
    BucketUpdateSecurity = 'submit_bucket_update_security',
    BucketUpdateFileSecurity = 'submit_bucket_update_file_security',
    BucketUpdateSize = 'submit_bucket_update_size',
    BucketUpdateCompression = 'submit_bucket_update_compression',
    BucketUpdateExtensions = 'submit_bucket_update_extensions',
    BucketUpdateTransformations = 'submit_bucket_update_transformations',
    FileCreate = 'submit_file_create',
    FileDelete = 'submit_file_delete',
    FileUpdatePermissions = 'submit_file_update_permissions',
    FileTokenCreate = 'submit_file_token',
    FileTokenDelete = 'submit_file_delete',
    FileTokenUpdate = 'submit_file_update_expiry',
    BudgetCapUpdate = 'submit_budget_cap_update',
    BudgetAlertsUpdate = 'submit_budget_alert_conditions_update',
    CreditRedeem = 'submit_credit_redeem',
    PaymentMethodCreate = 'submit_payment_method_create',
    PaymentMethodUpdate = 'submit_payment_method_update',
    PaymentMethodDelete = 'submit_payment_method_delete',
    RetryPayment = 'submit_retry_payment',
    VerifyPayment = 'submit_verify_payment',
    BillingAddressCreate = 'submit_billing_address_create',
    BillingAddressUpdate = 'submit_billing_address_update',
    BillingAddressDelete = 'submit_billing_address_delete',
    OrganizationPaymentUpdate = 'submit_organization_payment_update',
    OrganizationPaymentDelete = 'submit_organization_payment_delete',
    OrganizationBackupPaymentUpdate = 'submit_organization_backup_payment_update',
    OrganizationBackupPaymentDelete = 'submit_organization_backup_payment_delete',
    OrganizationBillingAddressUpdate = 'submit_organization_billing_address_update',
    OrganizationBillingAddressDelete = 'submit_organization_billing_address_delete',
    OrganizationUpgrade = 'submit_organization_upgrade',
    OrganizationDowngrade = 'submit_organization_downgrade',
    OrganizationBillingTaxIdUpdate = 'submit_organization_billing_tax_id_update',
    SupportTicket = 'submit_support_ticket',
    InstallationCreate = 'submit_installation_create',
    InstallationDelete = 'submit_installation_delete',
    EmailChangeLocale = 'submit_email_change_locale',
    EmailResetTemplate = 'submit_email_reset_template',
    EmailUpdateInviteTemplate = 'submit_email_update_invite_template',
    EmailUpdateMagicUrlTemplate = 'submit_email_update_magic_url_template',
    EmailUpdateRecoveryTemplate = 'submit_email_update_recovery_template',
    EmailUpdateVerificationTemplate = 'submit_email_update_verification_template',
    SmsChangeLocale = 'submit_sms_change_locale',
    SmsResetTemplate = 'submit_sms_reset_template',
    SmsUpdateInviteTemplate = 'submit_sms_update_invite_template',
    SmsUpdateLoginTemplate = 'submit_sms_update_login_template',
    SmsUpdateVerificationTemplate = 'submit_sms_update_verification_template',
    MessagingProviderCreate = 'submit_messaging_provider_create',
    MessagingProviderDelete = 'submit_messaging_provider_delete',
    MessagingProviderUpdate = 'submit_messaging_provider_update',
    MessagingMessageCreate = 'submit_messaging_message_create',
    MessagingMessageUpdate = 'submit_messaging_message_update',
    MessagingMessageDelete = 'submit_messaging_message_delete',
    MessagingTopicCreate = 'submit_messaging_topic_create',
    MessagingTopicDelete = 'submit_messaging_topic_delete',
    MessagingTopicUpdateName = 'submit_messaging_topic_update_name',
    MessagingTopicUpdatePermissions = 'submit_messaging_topic_update_permissions',
    MessagingTopicSubscriberAdd = 'submit_messaging_topic_subscriber_add',
    MessagingTopicSubscriberDelete = 'submit_messaging_topic_subscriber_delete',
    ApplyQuickFilter = 'submit_apply_quick_filter',
    RequestBAA = 'submit_request_baa',
    BAAAddonEnable = 'submit_baa_addon_enable',
    BAAAddonDisable = 'submit_baa_addon_disable',
    RequestSoc2 = 'submit_request_soc2',
    SiteCreate = 'submit_site_create',
    SiteDelete = 'submit_site_delete',
    SiteUpdateName = 'submit_site_update_name',
    SiteUpdatePermissions = 'submit_site_update_permissions',
    SiteUpdateSchedule = 'submit_site_update_schedule',
    SiteUpdateConfiguration = 'submit_site_update_configuration',
    SiteUpdateLogging = 'submit_site_update_logging',
    SiteUpdateTimeout = 'submit_site_update_timeout',
    SiteUpdateEvents = 'submit_site_update_events',
    SiteUpdateScopes = 'submit_site_key_update_scopes',
    SiteUpdateBuildSettings = 'submit_site_update_build_settings',
    SiteUpdateResourceLimits = 'submit_site_update_resource_limits',
    SiteUpdateDeploymentRetention = 'submit_site_update_deployment_retention',
    SiteUpdateSinglePageApplication = 'submit_site_update_single_page_application',
    SiteConnectRepo = 'submit_site_connect_repo',
    SiteRedeploy = 'submit_site_redeploy',
    SiteDisconnectRepo = 'submit_site_disconnect_repo',
    SiteActivateDeployment = 'submit_site_activate_deployment',
    RecordCreate = 'submit_dns_record_create',
    RecordUpdate = 'submit_dns_record_update',
    RecordDelete = 'submit_dns_record_delete',
    SearchClear = 'submit_clear_search',
    FrameworkDetect = 'submit_framework_detect',
    TestimonialView = 'testimonial_view'
}
