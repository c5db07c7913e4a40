export type MyPermsRequest = {
    user_assignable_roles: boolean;
    event_editor_roles: boolean;
    user_role_ids: boolean,
};