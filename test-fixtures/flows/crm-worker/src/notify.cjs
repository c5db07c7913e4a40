const formData = require("form-data");
const Mailgun = require("mailgun.js");
const postmark = require("postmark");
const { Resend } = require("resend");
const nodemailer = require("nodemailer");
const { SESClient, SendEmailCommand } = require("@aws-sdk/client-ses");
const { Vonage } = require("@vonage/server-sdk");

const mg = new Mailgun(formData).client({ username: "api", key: process.env.MAILGUN_API_KEY });
const postmarkClient = new postmark.ServerClient(process.env.POSTMARK_SERVER_TOKEN);
const resend = new Resend(process.env.RESEND_API_KEY);
const ses = new SESClient({ region: "eu-west-1" });
const vonage = new Vonage({ apiKey: process.env.VONAGE_API_KEY, apiSecret: process.env.VONAGE_API_SECRET });
const transporter = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});

const FROM = "Acme CRM <noreply@acme-crm.example>";

async function sendWelcome(contact) {
  await mg.messages.create(process.env.MAILGUN_DOMAIN, {
    from: FROM,
    to: [contact.email],
    subject: "Welcome to Acme",
    template: "welcome",
  });
}

async function sendMeetingConfirmation(contact, meeting) {
  await postmarkClient.sendEmailWithTemplate({
    From: process.env.POSTMARK_FROM,
    To: contact.email,
    TemplateAlias: "meeting-confirmation",
    TemplateModel: { starts_at: meeting.startsAt, host: meeting.hostName },
  });
}

async function sendInvite(invitee, workspaceName) {
  await resend.emails.send({
    from: FROM,
    to: invitee.email,
    subject: `You're invited to ${workspaceName}`,
    html: `<p>Join ${workspaceName} on Acme CRM.</p>`,
  });
}

async function sendDailyDigest(stats) {
  await transporter.sendMail({
    from: FROM,
    to: "sales-ops@acme-crm.example",
    subject: "Daily pipeline digest",
    text: `${stats.newLeads} new leads, ${stats.wonDeals} deals won today.`,
  });
}

async function sendContractCopy(contact, pdfBuffer) {
  await transporter.sendMail({
    from: FROM,
    to: contact.email,
    subject: "Your signed contract",
    attachments: [{ filename: "contract.pdf", content: pdfBuffer }],
  });
}

async function sendPasswordResetNotice(user) {
  await ses.send(
    new SendEmailCommand({
      Source: "security@acme-crm.example",
      Destination: { ToAddresses: [user.email] },
      Message: {
        Subject: { Data: "Your password was changed" },
        Body: { Text: { Data: "If this wasn't you, contact support." } },
      },
    }),
  );
}

async function sendLoginCode(user, code) {
  await vonage.sms.send({ to: user.phone, from: "AcmeCRM", text: `Your Acme login code is ${code}` });
}

module.exports = {
  sendWelcome,
  sendMeetingConfirmation,
  sendInvite,
  sendDailyDigest,
  sendContractCopy,
  sendPasswordResetNotice,
  sendLoginCode,
};
