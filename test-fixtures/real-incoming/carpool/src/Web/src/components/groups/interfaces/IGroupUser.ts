/** Group user interface */
export interface IGroupUser {
	appUserId: string;
	firstName: string;
	lastName: string;
	vehicle: string;
}
