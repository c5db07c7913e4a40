/** Map interface */
export interface IMapPoint {
	longitude: number;
	latitude: number;
	color?: string;
}
