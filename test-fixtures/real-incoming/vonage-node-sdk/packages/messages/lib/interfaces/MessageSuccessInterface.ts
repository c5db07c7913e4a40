/**
 * Represents a successful message delivery response.
 *
 * This interface includes a property for the message UUID, which uniquely
 * identifies the sent message.
 *
 * @deprecated Please use types instead of interfaces.
 *
 * @ignore
 */
export interface MessageSuccessInterface {
  /**
   * The unique identifier (UUID) assigned to the sent message.
   */
  messageUUID: string;
}
