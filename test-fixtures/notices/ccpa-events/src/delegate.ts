/**
 * Conference delegates and attendees. Identifiers of delegates are shared with (sold to) event sponsors unless
 * the delegate used "Do Not Sell or Share My Personal Information".
 */
export interface Delegate {
  id: string;
  firstName: string;
  lastName: string;
  jobTitle: string;
  company: string;
  workEmail: string;
  workPhone: string;
  postalAddress: string;
  username: string;
  /** How the delegate came to us: registration form, phone enquiry, data broker, research contractor. */
  source: "web_form" | "phone" | "data_broker" | "research";
  doNotSell: boolean;
}

export interface SponsorLead {
  sponsorId: string;
  eventId: string;
  delegateName: string;
  delegateJobTitle: string;
  delegateCompany: string;
  delegateEmail: string;
}

export function leadsForSponsor(delegates: Delegate[], sponsorId: string, eventId: string): SponsorLead[] {
  return delegates
    .filter((d) => !d.doNotSell)
    .map((d) => ({
      sponsorId,
      eventId,
      delegateName: `${d.firstName} ${d.lastName}`,
      delegateJobTitle: d.jobTitle,
      delegateCompany: d.company,
      delegateEmail: d.workEmail,
    }));
}
