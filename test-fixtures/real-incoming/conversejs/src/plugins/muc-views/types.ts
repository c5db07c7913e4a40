export type MUCInvitationObj = { contact: any; jid: string; reason: string };

export type Role = 'moderator' | 'participant' | 'visitor';

export type Affiliation = 'owner' | 'admin' | 'outcast';
