import {Webhook} from "./Webhook";

export interface Webhooks {
    Webhooks: Webhook[];
}
