export interface RegisteredFamilyMember {
  id: string;
  relation: "wife" | "husband" | "children";
}
