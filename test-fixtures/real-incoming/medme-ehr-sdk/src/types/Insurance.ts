import { Period } from "./Period";

export class Insurance {
  companyId: string;
  policyNumber: string;
  period: Period;
}
