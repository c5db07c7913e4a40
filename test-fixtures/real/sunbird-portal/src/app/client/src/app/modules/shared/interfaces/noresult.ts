export interface INoResultMessage {
  /**
   * no result  message
  */
  message?: string;
  /**
   *  message text
  */
  messageText?: string;
  /**
   *  Image relative path
  */
 emptyImage?: string;
}
