'use strict';

const mongoose = require('mongoose');
const { Schema } = mongoose;

// Raw click-stream events from the marketing site, kept 90 days (see the TTL index below).
const clickEventSchema = new Schema({
  visitorId: { type: String, index: true }, // @pii user.device.cookie_id  value of the _vid cookie
  ip: String, // @pii user.device.ip_address
  ipHash: String, // @pii none
  ua: String, // @pii user.device
  pageUrl: String, // @pii user.behavior.browsing_history
  referrer: String, // @pii user.behavior.browsing_history
  elementSelector: String, // @pii none
  country: String, // @pii user.location.imprecise
  city: String, // @pii user.location.imprecise
  lat: Number, // @pii user.location.precise  from the browser geolocation API when granted
  lng: Number, // @pii user.location.precise
  createdAt: { type: Date, default: Date.now, expires: 60 * 60 * 24 * 90 },
});

const exportJobSchema = new Schema({
  fileName: String, // @pii none
  requestedBy: { type: Schema.Types.ObjectId, ref: 'User' }, // @pii none
  rowCount: Number, // @pii none
  status: { type: String, enum: ['queued', 'running', 'done', 'failed'] }, // @pii none
});

module.exports = {
  ClickEvent: mongoose.model('ClickEvent', clickEventSchema),
  ExportJob: mongoose.model('ExportJob', exportJobSchema),
};
