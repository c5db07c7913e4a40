export type UsagersImportUsagerSchemaContext = {
  today: Date;
  nextYear: Date;
  minDate: Date;
  countryCode: string;
};
