// ESM module of the conference site (package.json has "type": "module").
import { sendMail } from './mailer.js';

export class Registration {
  constructor(form, request) {
    this.ticketCode = crypto.randomUUID(); // @pii none
    this.attendeeName = form.get('name'); // @pii user.name
    this.attendeeEmail = form.get('email'); // @pii user.contact.email
    this.organization = form.get('organization') || null; // @pii user.contact.organization
    this.tshirtSize = form.get('tshirt'); // @pii none
    this.dietaryNeeds = form.get('dietary') || null; // @pii user.health_and_medical
    this.registeredFromIp = request.headers.get('x-forwarded-for'); // @pii user.device.ip_address
    this.sendEmailConfirmation = form.get('confirm') === 'on'; // @pii none
  }

  async confirm() {
    if (!this.sendEmailConfirmation) return;
    await sendMail({
      to: this.attendeeEmail,
      template: 'registration-confirmed',
      data: { name: this.attendeeName, code: this.ticketCode },
    });
  }
}

export const conference = {
  name: 'NodeConf Lisbon', // @pii none
  venueCity: 'Lisbon', // @pii none
  organizerEmail: 'hello@nodeconf.example', // @pii none  the organising company's inbox
  timezone: 'Europe/Lisbon', // @pii none
};
