export interface GroupTypePreviewDTO {
  name: string;
  slug: string;
  is_map: boolean;
  no_membership_dates: boolean;
  can_create: boolean;
  can_have_parent: boolean;
}
