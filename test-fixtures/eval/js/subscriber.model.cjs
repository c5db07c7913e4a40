'use strict';

const { Model } = require('objection');

// Newsletter subscribers (Objection.js on top of knex).
class Subscriber extends Model {
  static get tableName() {
    return 'subscribers';
  }

  static get jsonSchema() {
    return {
      type: 'object',
      required: ['email'],
      properties: {
        id: { type: 'integer' },
        email: { type: 'string', format: 'email' }, // @pii user.contact.email
        firstName: { type: 'string', maxLength: 80 }, // @pii user.name.first
        doubleOptInConfirmed: { type: 'boolean' }, // @pii none
        confirmationSentAt: { type: 'string', format: 'date-time' }, // @pii none
        signupPage: { type: 'string' }, // @pii user.behavior.browsing_history  page the visitor subscribed from
        signupIp: { type: 'string', format: 'ipv4' }, // @pii user.device.ip_address
        listName: { type: 'string' }, // @pii none
        openCount: { type: 'integer' }, // @pii none
      },
    };
  }
}

class MailingList extends Model {
  static get tableName() {
    return 'mailing_lists';
  }

  static get jsonSchema() {
    return {
      type: 'object',
      properties: {
        name: { type: 'string' }, // @pii none
        senderEmail: { type: 'string', format: 'email' }, // @pii none  the newsletter's from address
        senderName: { type: 'string' }, // @pii none  brand name shown as sender
        unsubscribeUrl: { type: 'string' }, // @pii none
      },
    };
  }
}

module.exports = { Subscriber, MailingList };
