type InformationRecipient = {
  name?: string;
  id?: string;
  organization?: string;
};

export type { InformationRecipient };
