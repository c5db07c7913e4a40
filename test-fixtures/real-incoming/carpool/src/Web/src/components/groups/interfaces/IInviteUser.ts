export interface IInviteUser {
	appUserId: string;
	firstName: string;
	lastName: string;
}
