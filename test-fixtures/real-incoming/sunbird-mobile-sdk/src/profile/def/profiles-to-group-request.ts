export interface ProfilesToGroupRequest {
    groupId: string;
    uidList: Array<string>;
}
