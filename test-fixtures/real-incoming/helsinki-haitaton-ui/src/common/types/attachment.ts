export type AttachmentMetadata = {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  createdByUserId: string;
  createdAt: string;
};
