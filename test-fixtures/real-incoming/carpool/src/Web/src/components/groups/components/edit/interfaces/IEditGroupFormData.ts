import { ILocation } from "../../../interfaces/ILocation";

export interface IEditGroupFormData {
	name: string;
	location: ILocation;
}
