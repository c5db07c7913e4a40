'use strict';

const crypto = require('crypto');

/** Customer as held by the legacy order-import job (plain objects from the CSV importer). */
class Customer {
  constructor({ id, firstName, lastName, email, phone, street, city, zip, country, marketingConsent }) {
    this.id = id;
    this.firstName = firstName; // @pii user.name.first
    this.lastName = lastName; // @pii user.name.last
    this.email = email.trim().toLowerCase(); // @pii user.contact.email
    this.emailHash = crypto.createHash('sha256').update(this.email).digest('hex'); // @pii none
    this.phone = phone || null; // @pii user.contact.phone_number
    this.street = street; // @pii user.contact.address.street
    this.city = city; // @pii user.contact.address.city
    this.zip = zip; // @pii user.contact.address.postal_code
    this.country = country || 'GB'; // @pii user.contact.address.country
    this.marketingConsent = Boolean(marketingConsent); // @pii none
    this.importedAt = new Date(); // @pii none
  }

  get name() { // @pii user.name
    return `${this.firstName} ${this.lastName}`;
  }
}

class ImportBatch {
  constructor(fileName, rows) {
    this.fileName = fileName; // @pii none
    this.rowCount = rows.length; // @pii none
    this.customers = rows.map((row) => new Customer(row));
  }
}

module.exports = { Customer, ImportBatch };
