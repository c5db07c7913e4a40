import type { SectionKey } from "@reactive-resume/schema";

export type TemplateProps = {
  columns: SectionKey[][];
  isFirstPage?: boolean;
};
