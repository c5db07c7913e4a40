import { ChangeEventHandler } from "react";

export interface RichTextConfig {
  label: string | undefined;
  value?: any;
  error?: string | any;
  onChange?: any;
  id?: string;
}
