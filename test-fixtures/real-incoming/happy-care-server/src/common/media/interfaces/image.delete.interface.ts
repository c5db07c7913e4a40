export interface IImageDelete {
	imageIds: string[];
}
