import { model } from '../lib/orm.mjs';
import { types } from '../lib/orm-types.mjs';

// Contacts synced from the sales CRM. `model.define` is our small in-house schema builder.
export const Contact = model.define('customer', {
  givenName: types.string({ required: true }), // @pii user.name.first
  surname: types.string({ required: true }), // @pii user.name.last
  workEmail: types.string({ format: 'email' }), // @pii user.contact.email
  directDial: types.string(), // @pii user.contact.phone_number
  faxNumber: types.string(), // @pii user.contact.fax_number
  organisation: types.string(), // @pii user.contact.organization
  position: types.string(), // @pii user.job_title  their role at the organisation
  politicalPartyAffiliation: types.string(), // @pii user.demographic.political_opinion  public-affairs CRM: MPs and councillors
  lastContactedAt: types.date(), // @pii none
  ownerUserId: types.string(), // @pii none
  tags: types.array(types.string()), // @pii none
});

export const Pipeline = model.define('pipeline', {
  name: types.string(), // @pii none
  position: types.number(), // @pii none  column order on the kanban board
  currency: types.string(), // @pii none
  stageCount: types.number(), // @pii none
});

export async function findByEmail(email) {
  return Contact.findOne({ where: { workEmail: email.toLowerCase() } });
}
