export type MailConfig = {
  sandGridApiKey?: string;
  senderEmail?: string;
  ccMail?: string;
};
