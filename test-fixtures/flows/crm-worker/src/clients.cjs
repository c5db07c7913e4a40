const hubspot = require("@hubspot/api-client");
const mailchimp = require("@mailchimp/mailchimp_marketing");
const { TrackClient, RegionEU } = require("customerio-node");
const jsforce = require("jsforce");
const winston = require("winston");

const hubspotClient = new hubspot.Client({ accessToken: process.env.HUBSPOT_ACCESS_TOKEN });

mailchimp.setConfig({
  apiKey: process.env.MAILCHIMP_API_KEY,
  server: process.env.MAILCHIMP_SERVER_PREFIX,
});

const cio = new TrackClient(process.env.CIO_SITE_ID, process.env.CIO_API_KEY, { region: RegionEU });

const salesforce = new jsforce.Connection({
  instanceUrl: process.env.SF_INSTANCE_URL,
  accessToken: process.env.SF_ACCESS_TOKEN,
});

const logger = winston.createLogger({
  level: process.env.LOG_LEVEL || "info",
  format: winston.format.json(),
  transports: [new winston.transports.Console()],
});

module.exports = { hubspotClient, mailchimp, cio, salesforce, logger };
