export interface RetentionPolicyData {
  id: number;
  name: string;
  display_name: string;
  description: string;
  fixed_policy_key: string;
  duration: string;
  policy_start_at: string;
  policy_end_at: string;
}
