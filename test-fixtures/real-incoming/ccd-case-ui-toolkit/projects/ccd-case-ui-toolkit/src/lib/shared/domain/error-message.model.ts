/**
 * Cloned from rpx-xui-webapp src/app/models/error-message.model.ts
 */
export interface ErrorMessage {
  title: string;
  description: string;
  fieldId?: string;
}
