export interface ILocation {
	longitude: number;
	latitude: number;
}
