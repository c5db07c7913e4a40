/**
 * after:hours recruitment-marketing CRM: people who asked for course information, joined the mailing list or
 * registered at a recruitment event.
 */
export type InterestSource = "website" | "recruitment_event" | "third_party_site";

export interface Prospect {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  postcode: string;
  countryOfResidence: string;
  /** School, institution or organisation the prospect is with. */
  organisation?: string;
  subjectInterests: string[];
  source: InterestSource;
  optedInToMarketing: boolean;
  unsubscribedAt?: Date;
}

export interface Campaign {
  id: string;
  name: string;
  subject: string;
  sentAt?: Date;
}
