export type SaveServiceCentreContactDetailRequest = {
  serviceCentreId: string;
  serviceCentreContactDescriptionId: string;
  explanation?: string;
  explanationCy?: string;
  email?: string;
  phoneNumber?: string;
};
