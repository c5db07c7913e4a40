export class FileDto {
  public fileName: string;
  public data: unknown[];
}
