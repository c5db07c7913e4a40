const Joi = require('joi');

// Validation for the table-booking widget (restaurant reservations).
const bookingSchema = Joi.object({
  guestName: Joi.string().max(120).required(), // @pii user.name
  guestEmail: Joi.string().email().required(), // @pii user.contact.email
  guestPhone: Joi.string().pattern(/^[0-9+ ()-]{7,20}$/), // @pii user.contact.phone_number
  partySize: Joi.number().integer().min(1).max(20).required(), // @pii none
  allergies: Joi.array().items(Joi.string()), // @pii user.health_and_medical
  occasion: Joi.string().valid('birthday', 'anniversary', 'business', 'other'), // @pii none
  wheelchairAccess: Joi.boolean(), // @pii user.health_and_medical
  sendConfirmationSms: Joi.boolean().default(true), // @pii none
  tableId: Joi.string().uuid(), // @pii none
});

const restaurantSchema = Joi.object({
  name: Joi.string().required(), // @pii none
  address: Joi.string().required(), // @pii none  the restaurant's address
  phone: Joi.string(), // @pii none  public reservations line
  cuisine: Joi.string(), // @pii none
  ownerEmail: Joi.string().email(), // @pii user.contact.email
});

module.exports = { bookingSchema, restaurantSchema };
