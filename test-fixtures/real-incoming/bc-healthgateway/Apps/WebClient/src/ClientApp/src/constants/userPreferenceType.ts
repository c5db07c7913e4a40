export default abstract class UserPreferenceType {
    public static readonly QuickLinks = "quickLinks";

    public static readonly HideImmunizationRecordQuickLink =
        "hideImmunizationRecordQuickLink";

    public static readonly HideOrganDonorQuickLink = "hideOrganDonorQuickLink";

    public static readonly HideHealthConnectRegistryQuickLink =
        "hideHealthConnectRegistryQuickLink";

    public static readonly HideRecommendationsQuickLink =
        "hideRecommendationsQuickLink";

    public static readonly ShowSmsRemoved = "showSmsRemoved";
}
