export interface DaffMediaGalleryRegistration {
  name: string;
}
