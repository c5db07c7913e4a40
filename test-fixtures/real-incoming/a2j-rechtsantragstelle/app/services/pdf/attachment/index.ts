export type AttachmentEntries = Array<{
  title: string;
  text?: string;
  level?: "h2" | "h3" | "h4";
}>;

export const SEE_IN_ATTACHMENT_DESCRIPTION = "Siehe Anhang";
export const SEE_IN_ATTACHMENT_DESCRIPTION_SHORT = "s.A.";
