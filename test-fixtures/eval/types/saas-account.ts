// Shapes shared by the accounts service and the dashboard.

export type Role = "owner" | "admin" | "member" | "billing";

export interface BaseEntity {
  readonly id: string;
  createdAt: string;
  updatedAt: string;
}

export interface User extends BaseEntity {
  username: string; // @pii user.account.username
  name: string; // @pii user.name
  email: string; // @pii user.contact.email
  readonly emailVerifiedAt: string | null; // @pii none
  avatarUrl?: string; // @pii user.content.self_image
  twoFactorEnabled: boolean; // @pii none
  lastSignInIp?: string; // @pii user.device.ip_address
  apiToken?: string; // @pii none
}

export interface Team extends BaseEntity {
  name: string; // @pii none
  slug: string;
  plan: Plan;
  billingEmail: string; // @pii user.contact.email  invoices go to the person who set up billing
  memberCount: number; // @pii none
  logoUrl?: string; // @pii none
}

export interface Plan {
  name: string; // @pii none
  seats: number;
  priceCents: number; // @pii none
}

export type TeamMember = User & {
  role: Role; // @pii none
  jobTitle?: string; // @pii user.job_title
  invitedBy: string; // @pii none  user id of the inviter
};

export interface Invitation {
  teamId: string; // @pii none
  recipientEmail: string; // @pii user.contact.email
  inviterName: string; // @pii user.name
  token: string; // @pii none
  expiresAt: string;
  emailSent: boolean; // @pii none
}

export interface Webhook {
  name: string; // @pii none
  url: string; // @pii none
  secret: string; // @pii none
  events: string[];
}

export type AuditLogEntry = {
  actor: {
    userId: string; // @pii none
    email: string; // @pii user.contact.email
    ipAddress: string; // @pii user.device.ip_address
  };
  action: string;
  target: {
    type: "team" | "member" | "webhook";
    name: string; // @pii none  name of the team/webhook acted on
  };
};
