export class BibleTranslation {
  public id?: string;
  public abbreviation?: string;
  public name?: string;
  public nameLocal?: string;
  public source?: string;
  public sourceKey?: string;
  public language?: string;
  public description?: string;
  public countries?: string;
  public countryList?: string[];
  public copyright?: string;
  public attributionRequired?: boolean;
  public attributionString?: string;
}
