export interface InvitationTokenDecodedPayload {
	resource: string;
	name: string;
	token: string;
}
