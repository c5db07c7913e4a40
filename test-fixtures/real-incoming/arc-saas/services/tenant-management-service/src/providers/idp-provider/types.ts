export type Auth0Response = {
  organizationId: string;
  userId: string;
};
