export interface ContactListDto {
    id?: number;
    autoIncrementalID?: number;
    mobileNumber?: string;
    patientUserId?: string;
    ehrSystemCode?: string;
    repetitionFlag?: string;
    username?: string;
    cmrChatTaskID?: string;
    cmrCaseTaskID?: string;
    preferredLanguage?: string;
    emailID?: string;
    platform?: string;
    optOut?: string;
}
