import { z } from "zod";

// Payload of the HubSpot-style form webhook. Keys are snake_case because that is what the form tool sends.
export const leadSchema = z.object({
  "first_name": z.string(), // @pii user.name.first
  "last_name": z.string(), // @pii user.name.last
  "email_address": z.string().email(), // @pii user.contact.email
  "phone_number": z.string().optional(), // @pii user.contact.phone_number
  "fax": z.string().optional(), // @pii user.contact.fax_number
  "company": z.string().optional(), // @pii user.contact.organization
  "job_title": z.string().optional(), // @pii user.job_title
  "linkedin_profile": z.string().url().optional(), // @pii user.contact.url
  "mailing_address": z.string().optional(), // @pii user.contact.address
  "lead_source": z.enum(["webinar", "ads", "referral", "organic"]), // @pii none
  "lead_score": z.number().int(), // @pii none
  "form_name": z.string(), // @pii none
  "hubspot_contact_id": z.string(), // @pii none
  "page_url": z.string().url(), // @pii user.behavior.browsing_history  page the form was submitted from
});

export const campaignSchema = z.object({
  name: z.string(), // @pii none
  subject: z.string(), // @pii none
  fromEmail: z.string().email(), // @pii none  marketing team sender
  replyToEmail: z.string().email(), // @pii none  shared marketing inbox
  sendAt: z.coerce.date(), // @pii none
  segmentId: z.string(), // @pii none
});

export type Lead = z.infer<typeof leadSchema>;
