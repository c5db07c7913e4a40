export type ProfiiliNimi = {
  firstName: string;
  lastName: string;
  givenName: string;
};
