export class BibleVerse {
  public id?: string;
  public translationKey?: string;
  public chapterKey?: string;
  public keyName?: string;
  public number?: number;
}
