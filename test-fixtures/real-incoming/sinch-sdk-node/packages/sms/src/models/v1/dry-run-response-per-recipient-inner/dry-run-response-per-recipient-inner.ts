export interface DryRunResponsePerRecipientInner {

  recipient?: string;
  number_of_parts?: number;
  body?: string;
  encoding?: string;
}


