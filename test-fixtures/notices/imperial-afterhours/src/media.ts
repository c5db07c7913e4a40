/**
 * Photographs and recordings of participants taken at events, used in promotional material unless the person objected.
 */
export interface Participant {
  id: string;
  eventId: string;
  photo: string;
  videoUrl?: string;
  objected: boolean;
  takenAt: Date;
}
