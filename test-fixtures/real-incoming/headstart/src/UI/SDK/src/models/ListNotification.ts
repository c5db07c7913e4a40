import { Notification } from './Notification';

export interface ListNotification {
    Capacity?: number
    Count?: number
    Item?: Notification
}