export interface HiddenReasonData {
  id: number;
  reason: string;
  display_name: string;
  display_state: boolean;
  display_order: number;
  marked_for_deletion: boolean;
}
