export type UIEventType = string;
export interface UIEvent {
  type: UIEventType;
  elementName: string;
}
