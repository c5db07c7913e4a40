export interface ImageModel {
  imageId: string;
  imageName: string;
  imageType: string;
  imageData: string;
}
