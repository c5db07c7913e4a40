/** The state model interface for the Configuration Store. */
export interface ConfigurationStateIF {
  configuration: {
    VUE_APP_ADDRESS_COMPLETE_KEY: string
    VUE_APP_AUTH_API_URL: string
    VUE_APP_AUTH_API_VERSION: string
    VUE_APP_AUTH_WEB_URL: string,
    VUE_APP_BUSINESS_API_URL: string
    VUE_APP_BUSINESS_API_VERSION_2: string
    VUE_APP_BUSINESS_CREATE_URL: string,
    VUE_APP_BUSINESS_DASH_URL: string,
    VUE_APP_BUSINESS_EDIT_URL: string,
    VUE_APP_BUSINESS_FILING_LD_CLIENT_ID: string,
    VUE_APP_BUSINESS_REGISTRY_URL: string,
    VUE_APP_CORPORATE_ONLINE_URL: string,
    VUE_APP_DASHBOARD_URL: string,
    VUE_APP_HOTJAR_ID: string
    VUE_APP_PAY_API_URL: string
    VUE_APP_PAY_API_VERSION: string
    VUE_APP_REGISTRY_HOME_URL: string
    VUE_APP_SITEMINDER_LOGOUT_URL: string
    VUE_APP_STATUS_API_URL: string
    VUE_APP_STATUS_API_VERSION: string
  }
}
