/**
 * The participant record kept after registration: CTME identifies returning participants by a unique id.
 */
export interface Participant {
  id: string;
  /** Caltech unique id (UID) for alumni and staff, shown on certificates. */
  caltechUid?: string;
  fullName: string;
  email: string;
  /** Caltech affiliation: alumni class year and degree major. */
  classYear?: number;
  degreeMajor?: string;
  createdAt: Date;
}

export interface Course {
  code: string;
  name: string;
  startsOn: Date;
  venueCity: string;
}
