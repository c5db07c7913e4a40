const debug = require("debug")("crm:lead-sync");
const { hubspotClient, mailchimp, cio, salesforce, logger } = require("./clients.cjs");

const NEWSLETTER_LIST_ID = process.env.MAILCHIMP_LIST_ID;

/**
 * lead: { id, email, firstName, lastName, phone, company, jobTitle, birthday, source, newsletter }
 */
async function syncLead(lead) {
  debug("syncing lead %s from %s", lead.id, lead.source);

  const contact = await hubspotClient.crm.contacts.basicApi.create({
    properties: {
      email: lead.email,
      firstname: lead.firstName,
      lifecyclestage: "lead",
    },
  });

  await salesforce.sobject("Lead").create({
    LastName: lead.lastName,
    Company: lead.company,
    LeadSource: lead.source,
  });

  await cio.identify(lead.id, {
    email: lead.email,
    created_at: Math.floor(Date.now() / 1000),
    hubspot_id: contact.id,
  });
  await cio.track(lead.id, { name: "lead_synced", data: { source: lead.source } });

  if (lead.newsletter) {
    await mailchimp.lists.addListMember(NEWSLETTER_LIST_ID, {
      email_address: lead.email,
      status: "pending",
      merge_fields: {
        BIRTHDAY: lead.birthday,
      },
    });
  }

  logger.info(`lead synced: ${lead.email} (${lead.jobTitle} at ${lead.company})`);
  return contact.id;
}

async function syncBatch(leads) {
  logger.info("lead batch started", { count: leads.length });
  let failed = 0;
  for (const lead of leads) {
    try {
      await syncLead(lead);
    } catch (err) {
      failed += 1;
      logger.error("lead sync failed", { leadId: lead.id, error: err.message });
    }
  }
  debug("batch done: %d leads, %d failed", leads.length, failed);
}

module.exports = { syncLead, syncBatch };
