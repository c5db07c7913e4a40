import type { Event } from "data-layer/models/firebase"

export interface CreateEventBody {
  data: Event
}
