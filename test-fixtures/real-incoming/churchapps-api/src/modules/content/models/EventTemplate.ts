export class EventTemplate {
  id?: string;
  churchId?: string;
  name?: string;
  title?: string;
  description?: string;
  durationMinutes?: number;
  visibility?: string;
  roomIds?: string;
  resourcesJson?: string;
}
