export default interface TechnischeKonfigurationData {
  bestaetigungVerfassungstreueMaxSize: number;
  bestaetigungVerfassungstreueFileExtension: string;
}
