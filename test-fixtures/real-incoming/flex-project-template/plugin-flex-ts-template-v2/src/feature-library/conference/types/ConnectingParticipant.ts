export type ConnectingParticipant = {
  conferenceSid: string;
  callSid: string;
  phoneNumber: string;
};
