export interface PdfCertRow {
  dowName: string;
  datetime: Date;
  trips: string;
  distance: number;
  euros: number;
}
