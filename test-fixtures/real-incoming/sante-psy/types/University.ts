export type University = {
  id: string;
  name: string;
  uai?: string;
  emailSSU: string;
  emailUniversity: string;
  siret?: string;
  address?: string;
  postal_code?: string;
  city?: string;
  billingAddress?: string;
  billingEmail?: string;
};
