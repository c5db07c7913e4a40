export interface IEventRSVPDownload {
  Nume: string;
  Raspuns: string;
  'Voluntar in organizatie': string;
  Mentiune?: string;
}
