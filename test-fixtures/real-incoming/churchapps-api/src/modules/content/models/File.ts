export class File {
  public id?: string;
  public churchId?: string;
  public contentType?: string;
  public contentId?: string;
  public fileName?: string;
  public contentPath?: string;
  public fileType?: string;
  public size?: number;
  public dateModified?: Date;
  public provider?: string;
  public externalId?: string;
  public fileContents?: string;
}
