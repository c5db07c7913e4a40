export interface GroupTypePreview {
  name: string;
  slug: string;
  isMap: boolean;
  noMembershipDates: boolean;
  canCreate: boolean;
  canHaveParent: boolean;
}
