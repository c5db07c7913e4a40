export type GeneratedCertificate = {
  id: string;
  definition_title: string;
  issued_on: string;
};
