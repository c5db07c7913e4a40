import { IUserData } from "../interfaces/IUserData";

/** Auth state interface */
export interface IUserProfileState {
	userData: IUserData;
}
