import { Contact } from '../../contact';

export interface ContactNotification {
  /** @see Contact */
  contact?: Contact;
}
