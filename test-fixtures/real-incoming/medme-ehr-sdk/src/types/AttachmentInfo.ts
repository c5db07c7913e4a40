export class AttachmentInfo {
  url: string;
  file: string;
}
